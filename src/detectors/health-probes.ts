import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import { isScaffolding } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import { isOwnImage, isTestHarnessService, projectNames } from './deployable-services.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
const K8S_PROBE = /^[ \t]*(livenessProbe|readinessProbe|startupProbe):/m;

/** Probes of the project's own services: Kubernetes probes, a Dockerfile HEALTHCHECK, or a compose healthcheck on a service built from the repository or running its own published image (a database image's healthcheck is not the app's). */
export const healthProbes: Detector = {
  name: 'healthProbes',
  question: "Do the project's own services declare health or readiness probes?",
  detect(evidence) {
    const out: Finding[] = [];
    let names: Set<string> | undefined;
    for (const file of evidence.files) {
      if (/(^|\/)Dockerfile[\w.-]*$/.test(file)) {
        const text = evidence.code(file) ?? '';
        const m = /^HEALTHCHECK\s+(?!NONE)/m.exec(text);
        if (m) out.push({ file, line: lineAt(text, m.index), message: 'Dockerfile HEALTHCHECK', strength: 'strong' });
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
          const at = text.search(new RegExp(`^\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm'));
          out.push({
            file,
            line: at >= 0 ? lineAt(text, at) : 1,
            message: own ? `compose healthcheck on service "${name}"` : `compose healthcheck on "${name}", an image not built here`,
            strength: own ? 'strong' : 'weak',
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
