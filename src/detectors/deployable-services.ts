import { parse } from 'yaml';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;

/** Services of the project's own code: compose services built from the repo, or separate folders with a Dockerfile. */
export const deployableServices: Detector = {
  name: 'deployableServices',
  question: 'Does the repository hold several deployable services of its own code?',
  detect(evidence, options) {
    const minServices = typeof options.minServices === 'number' ? options.minServices : 2;
    const built = new Map<string, Finding>();
    for (const file of evidence.files.filter((f) => COMPOSE.test(f))) {
      let doc: any;
      try {
        doc = parse(evidence.text(file) ?? '');
      } catch {
        continue;
      }
      const text = evidence.text(file) ?? '';
      for (const [name, service] of Object.entries((doc?.services ?? {}) as Record<string, any>)) {
        if (!service?.build) continue;
        const line = text.split('\n').findIndex((l) => new RegExp(`^\\s+${name}:`).test(l)) + 1;
        built.set(`compose:${name}`, { file, line: line || 1, message: `compose service "${name}" built from this repository`, strength: 'strong' });
      }
    }
    const dockerDirs = new Set(evidence.files.filter((f) => /(^|\/)Dockerfile[\w.-]*$/.test(f)).map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '.')));
    if (built.size < minServices && dockerDirs.size >= minServices) {
      for (const dir of dockerDirs) built.set(`docker:${dir}`, { file: dir === '.' ? 'Dockerfile' : `${dir}/Dockerfile`, line: 1, message: `service with its own Dockerfile in ${dir}`, strength: 'strong' });
    }
    const findings = [...built.values()];
    if (findings.length >= minServices) return findings;
    return findings.map((f) => ({ ...f, strength: 'weak' as const, message: `${f.message} (one service is not a distributed system)` }));
  },
};
