// The folder tests for "this file is not the running project" are built from the shared folder groups in
// src/evidence/file-sets.ts; they differ on purpose. One table pins every set on the same paths, both ways, so a
// change to a group shows here as every set it moves.
import { describe, expect, it } from 'vitest';
// The detectors' registry first: a detector module imported on its own reaches it half-loaded through the matchers.
import '../../src/detectors/index.js';
import { NOT_RUNNING as SECRETS_NOT_RUNNING, TEST_FOLDER as SECRETS_TEST_FOLDER } from '../../src/detectors/committed-secrets.js';
import { NOT_DEPLOYED_FOLDER, TEST_HARNESS_FOLDER } from '../../src/detectors/deployable-services.js';
import { notRunning as loggedErrorsNotRunning } from '../../src/detectors/logged-errors.js';
import { NOT_OWN_FOLDER } from '../../src/detectors/project-kind.js';
import { NOT_SHIPPED } from '../../src/detectors/separated-modules.js';
import { EXAMPLES_FOLDER, except, IN_TEST_FOLDER, TEST_FOLDERS } from '../../src/evidence/file-sets.js';

const SETS = {
  testData: (f: string) => IN_TEST_FOLDER.test(f), // isTestOrTestData's folders
  examples: (f: string) => EXAMPLES_FOLDER.test(f), // isScaffolding's sample apps
  secretsNotRunning: (f: string) => SECRETS_NOT_RUNNING.test(f),
  secretsTests: (f: string) => SECRETS_TEST_FOLDER.test(f),
  notOwn: (f: string) => NOT_OWN_FOLDER.test(f), // project-kind's own()
  notShipped: (f: string) => NOT_SHIPPED.test(f),
  loggedErrors: loggedErrorsNotRunning,
  notDeployed: (f: string) => NOT_DEPLOYED_FOLDER.test(f),
  testHarness: (f: string) => TEST_HARNESS_FOLDER.test(f),
};
type SetName = keyof typeof SETS;

// Each path and the sets it is in; every other set must leave it out.
const TABLE: [string, SetName[]][] = [
  ['tests/config.yaml', ['testData', 'secretsTests', 'notOwn', 'notShipped', 'notDeployed', 'testHarness']],
  ['pkg/test/keys.pem', ['testData', 'secretsTests', 'notOwn', 'notShipped', 'notDeployed', 'testHarness']],
  ['Tests/config.yaml', ['secretsTests', 'notOwn', 'notShipped']],
  ['src/__tests__/data.json', ['testData', 'secretsTests', 'notShipped']],
  ['pkg/testing/helpers.go', ['secretsTests', 'notOwn', 'notShipped', 'testHarness']],
  ['e2e/app.service', ['secretsTests', 'notOwn', 'notShipped', 'notDeployed', 'testHarness']],
  ['spec/openapi.rb', ['secretsTests', 'notShipped']],
  ['caddytest/server.key', ['secretsTests']],
  ['integration-tests/Dockerfile', ['secretsTests', 'testHarness']],
  ['integration/main.go', ['notOwn']],
  ['playwright/Dockerfile', ['secretsTests', 'testHarness']],
  // Round 11: the t/ test folder (Perl's, celery's), a .NET TestSuite/, Gradle's testFixtures/, a Storybook's config.
  ['t/unit/keys.py', ['secretsTests']],
  ['tools/TestSuite/docker-compose.yml', ['secretsTests', 'notShipped']],
  ['lib/src/testFixtures/java/Keys.java', ['secretsTests']],
  ['.storybook/preview.ts', ['secretsNotRunning']],
  ['t-shirts/keys.py', []],
  ['testdata/config.json', ['testData', 'secretsNotRunning', 'notOwn', 'notShipped', 'notDeployed']],
  ['fixtures/app.service', ['secretsNotRunning', 'notOwn', 'notShipped', 'notDeployed']],
  // Go's _fixture/ (the go tool skips folders starting with _): a framework's test pages, not a web app it serves.
  ['_fixture/folder/index.html', ['secretsNotRunning', 'notOwn', 'notShipped', 'notDeployed']],
  ['src/__fixtures__/openapi.yaml', ['testData', 'secretsNotRunning']],
  ['src/__mocks__/fs.ts', ['testData', 'secretsNotRunning']],
  ['mocks/token.json', ['secretsNotRunning']],
  ['test-data/token.json', ['secretsNotRunning', 'secretsTests']],
  ['examples/demo/main.go', ['examples', 'secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['_examples/demo/main.go', ['examples', 'secretsNotRunning', 'notShipped']],
  ['_example/main.go', ['examples', 'secretsNotRunning']],
  ['samples/app.py', ['secretsNotRunning', 'notOwn', 'notShipped']],
  ['example-app/server.js', ['examples', 'secretsNotRunning']],
  ['quickstart/.env', ['secretsNotRunning']],
  // Round 17: sample apps under any name that says so; a singular demo/, a sandbox/ or a playground/ only for secrets.
  ['acme-demo/acme-demo-jwt/App.java', ['examples', 'secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['demos/chat/app.py', ['examples', 'secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['docker-compose-examples/oidc/compose.yml', ['examples', 'secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['examples-web/index.ts', ['examples', 'secretsNotRunning']],
  ['app/models/demo/generator.rb', ['secretsNotRunning']],
  ['sandbox/Acme.Sandbox.Server/Startup.cs', ['secretsNotRunning']],
  ['playground/server.ts', ['secretsNotRunning']],
  ['src/demographics/stats.ts', []],
  ['benches/parse.rs', ['secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['packages/bench/compare.ts', ['secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['bench/Lib.Benchmarks/Lib.Benchmarks.csproj', ['secretsNotRunning', 'notOwn', 'notShipped', 'loggedErrors']],
  ['src/workbench/app.ts', []],
  ['profiling/main.go', ['notOwn']],
  ['fuzz/parse.rs', ['notShipped']],
  ['vendor/lib/a.go', ['notOwn', 'notShipped', 'notDeployed']],
  ['third_party/lib/a.c', ['notOwn', 'notShipped']],
  ['node_modules/pkg/index.js', ['notOwn', 'notShipped', 'notDeployed']],
  ['docs/app.service', ['notOwn', 'notShipped', 'notDeployed', 'loggedErrors']],
  ['scripts/release.py', ['notShipped', 'loggedErrors']],
  ['tools/gen.go', ['notShipped']],
  ['dist/index.js', ['notShipped']],
  ['db/seeds/users.rb', ['loggedErrors']],
  ['prisma/seed.ts', ['loggedErrors']],
  ['wait-for-it.sh', ['loggedErrors']],
  // Not the project's words alone: a file so named, a word that only ends in "test", a Java package.
  ['src/app.ts', []],
  ['src/tests.ts', []],
  ['src/examples.ts', []],
  ['latest/index.js', []],
  ['testimonials/page.tsx', []],
  ['src/main/java/com/acme/App.java', []],
];

describe('the folder tests for "not the running project"', () => {
  it.each(TABLE)('%s is in exactly %j', (file, inSets) => {
    const found = (Object.keys(SETS) as SetName[]).filter((name) => SETS[name](file));
    expect(found).toEqual((Object.keys(SETS) as SetName[]).filter((name) => inSets.includes(name)));
  });

  it('every set is pinned both ways', () => {
    for (const name of Object.keys(SETS) as SetName[]) {
      expect(TABLE.some(([, sets]) => sets.includes(name)), `${name} matches some path`).toBe(true);
      expect(TABLE.some(([, sets]) => !sets.includes(name)), `${name} leaves some path out`).toBe(true);
    }
  });

  it('except() refuses a name its group does not hold', () => {
    expect(except(TEST_FOLDERS, 'e2e')).toEqual(['tests?', '__tests__', 'testing']);
    expect(() => except(TEST_FOLDERS, 'spec')).toThrow(/spec is not in the folder group/);
  });
});
