import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import { commandLines } from '../evidence/ci.js';
import { isScaffolding } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import { COMPOSE, isOwnImage, isTestHarnessService, projectNames } from './deployable-services.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { escapeRegExp } from '../util/regexp.js';

const K8S_PROBE = /^[ \t]*(livenessProbe|readinessProbe|startupProbe):/m;

// What a probe command checks when it is not the app's health: a fetch of the home page only (`curl -f
// http://127.0.0.1:3000/`), or a process that exists (`pidof dotnet`). Neither is a health or readiness endpoint.
const HOME_PAGE_FETCH = /\b(?:curl|wget)\b[^\n]{0,300}?https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|\$\{?\w{1,40}\}?)(?::(?:\d{1,5}|\$\{?[\w:-]{1,60}\}?))?\/?(?=$|["'\s|;&)\]])/;
const PROCESS_ONLY = /^[\s"'[\]]*(?:CMD(?:-SHELL)?[\s"',[\]]*)?(?:pidof|pgrep|ps)\b/;

/** Why a probe command checks no health endpoint, or undefined when it may (a health path, a health command). */
function shallowProbe(command: string): string | undefined {
  if (PROCESS_ONLY.test(command)) return 'checks only that a process runs';
  if (HOME_PAGE_FETCH.test(command)) return 'fetches only the home page, no health endpoint';
  return undefined;
}

/** A Dockerfile's HEALTHCHECK instruction with its continuation lines joined, from its start (as a shell's are). */
const healthcheckInstruction = (text: string, start: number): string => commandLines(text.slice(start, start + 2000))[0]?.text ?? '';

/** Probes of the project's own services: Kubernetes probes, a Dockerfile HEALTHCHECK, or a compose healthcheck on a service built from the repository or running its own published image (a database image's healthcheck is not the app's). */
export const healthProbes: Detector = {
  name: 'healthProbes',
  question: "Do the project's own services declare health or readiness probes (a probe that only fetches the home page or checks that a process runs is no health check)?",
  detect(evidence) {
    const out: Finding[] = [];
    let names: Set<string> | undefined;
    for (const file of evidence.files) {
      // Dockerfile, Dockerfile.prod, and the `<variant>.Dockerfile` naming (docker/alpine.Dockerfile, prod.dockerfile).
      if (/(^|\/)Dockerfile[\w.-]*$|\.[Dd]ockerfile$/.test(file)) {
        const text = evidence.code(file) ?? '';
        const m = /^HEALTHCHECK\s+(?!NONE)/m.exec(text);
        if (m) {
          const shallow = shallowProbe(healthcheckInstruction(text, m.index).replace(/^HEALTHCHECK(?:[ \t]+--[\w-]{1,30}=\S{1,40})*[ \t]+/, ''));
          out.push({ file, line: lineAt(text, m.index), message: shallow ? `Dockerfile HEALTHCHECK that ${shallow}` : 'Dockerfile HEALTHCHECK', strength: shallow ? 'weak' : 'strong' });
        }
      } else if (COMPOSE.test(file) && !isScaffolding(file)) {
        const text = evidence.text(file) ?? '';
        if (!/healthcheck:/.test(text)) continue;
        let doc: any;
        try {
          // Merge keys (`<<: *common`) are how compose files share a service template (x-common: &common).
          doc = parseYamlWithMerges(text);
        } catch {
          continue;
        }
        for (const [name, service] of Object.entries((doc?.services ?? {}) as Record<string, any>)) {
          if (!service?.healthcheck || isTestHarnessService(name, service)) continue;
          const own = !!service.build || isOwnImage(evidence, service.image, (names ??= projectNames(evidence)));
          const test = service.healthcheck.test;
          const shallow = shallowProbe(Array.isArray(test) ? test.map(String).join(' ') : String(test ?? ''));
          const at = text.search(new RegExp(`^\\s+${escapeRegExp(name)}:`, 'm'));
          out.push({
            file,
            line: at >= 0 ? lineAt(text, at) : 1,
            message: !own ? `compose healthcheck on "${name}", an image not built here` : shallow ? `compose healthcheck on service "${name}" that ${shallow}` : `compose healthcheck on service "${name}"`,
            strength: own && !shallow ? 'strong' : 'weak',
          });
        }
      } else if (/\.ya?ml$/.test(file) && !/^\.github\//.test(file)) {
        const text = evidence.text(file) ?? '';
        const m = K8S_PROBE.exec(text);
        if (m && /^kind:\s*(Deployment|StatefulSet|DaemonSet|Pod|Rollout)\b/m.test(text)) out.push({ file, line: lineAt(text, m.index), message: `Kubernetes ${m[1]}`, strength: 'strong' });
        else if (m && /(^|\/)(templates|charts?|helm|k8s|kubernetes|deploy|manifests)\//.test(file)) out.push({ file, line: lineAt(text, m.index), message: `${m[1]} in a deployment template`, strength: 'strong' });
      }
    }
    return out;
  },
};
