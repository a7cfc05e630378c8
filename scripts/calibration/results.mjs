// Reading a `npm run calibrate -- --json` file, for the scripts that study it (calibration-caps, calibration-gates):
// its results list, or one clear line and exit code 2.
import { readFileSync } from 'node:fs';

/** The results of a calibration JSON file; on anything else, "<script>: cannot read FILE: why" and exit 2. */
export function readResults(file, script) {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8')).results;
    if (!Array.isArray(results)) throw new Error('no "results" list (is it a `npm run calibrate -- --json` file?)');
    return results;
  } catch (error) {
    console.error(`${script}: cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
}
