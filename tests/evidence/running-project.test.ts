// What counts as the running project: scaffolding paths both ways, reusable workflows by name, Rust crates used by path.
import { describe, expect, it } from 'vitest';
import { reusableWorkflowWords } from '../../src/evidence/ci.js';
import { fileFilter, isScaffolding, isTestFile } from '../../src/evidence/file-sets.js';
import { extractSourceImports } from '../../src/evidence/source-imports.js';

describe('isTestFile: Python suites in folders named for tests with a qualifier (round 11)', () => {
  it.each(['bookmarks/tests_e2e/e2e_test_home.py', 'bookmarks/tests_e2e/helpers.py', 'integ_tests/common.py', 'tests/e2e_tests/test_api.py'])('%s is a test', (file) => expect(isTestFile(file)).toBe(true));
  it.each(['bookmarks/e2e_test_home.py', 'shop/latest_news/views.py', 'tests_e2e.py', 'app/unit_tests.py'])('%s is the project', (file) => expect(isTestFile(file)).toBe(false));
});

describe('isTestFile: Ruby test support', () => {
  it.each(['spec/rails_helper.rb', 'spec/spec_helper.rb', 'spec/support/capybara.rb', 'spec/factories/users.rb', 'engines/billing/spec/support/stripe.rb', 'test/test_helper.rb', 'test/support/sign_in_helper.rb'])(
    '%s runs only under the tests',
    (file) => expect(isTestFile(file)).toBe(true),
  );
  it.each(['app/helpers/spec_helper.rb', 'lib/support/retry.rb', 'config/initializers/timeout.rb', 'spec/openapi/schema.rb'])('%s is the project', (file) => expect(isTestFile(file)).toBe(false));
  it.each(['test/spec_builder.rb', 'test/test_router.rb', 'test/rack/spec_utils.rb', 'spec/models/spec_user.rb'])('%s is a test by its prefix (Minitest, Bacon)', (file) =>
    expect(isTestFile(file)).toBe(true),
  );
  it.each(['lib/rack/spec_helpers.rb', 'lib/test_runner.rb', 'app/models/test_result.rb'])('%s is the project: the prefix counts only inside a test folder', (file) =>
    expect(isTestFile(file)).toBe(false),
  );
  it.each(['Library/Homebrew/test/github_releases_spec.rb', 'tests/models/user_spec.rb', 'Library/Homebrew/test/spec_helper.rb', 'spec/lib/parser_test.rb'])('%s is a test: RSpec under test/, Minitest under spec/', (file) =>
    expect(isTestFile(file)).toBe(true),
  );
  it.each(['lib/rubocop/cop/inspec_spec.rb', 'app/models/product_spec.rb', 'lib/spec_helper.rb'])('%s is the project: a _spec suffix outside a test folder', (file) =>
    expect(isTestFile(file)).toBe(false),
  );
});

describe('isScaffolding', () => {
  it.each([
    'prisma/seed.ts',
    'db/seeds.rb',
    'src/seeders/UserSeeder.php',
    'scripts/seed-db.js',
    'app/create_seed.py',
    'wait-for-it.sh',
    'docker/wait_for_db.py',
    'scripts/wait-postgres.sh',
    'ci/run.sh',
    '.github/scripts/release-notes.js',
    // Calibration round 22: code anywhere in .github/ is the repository's automation (workflow helpers, custom actions).
    '.github/workflows/scripts/redeliver-failed-deliveries.mjs',
    '.github/workflows/notify_released_issues/notify.js',
    '.github/workflows/github_actions_info.rb',
    '.github/actions/activity/src/new-issues.ts',
    '.github/actions/ai-reviewer/package.json',
    '.github/actions/choco/Dockerfile',
    '.github/utils/check_version.py',
    '.github/version-script-next.js',
    'scripts/ci/check.py',
    'scripts/ci-setup.sh',
    'examples/todo/server.js',
    'packages/core/examples/basic.ts',
    'samples/app/Program.cs',
    'samples/todo/src/main/kotlin/com/example/todo/Main.kt',
    // A sample app of its own, even with JVM sources inside.
    'examples/demo/src/main/java/org/acme/demo/Main.java',
    'e2e/docker-compose.yml',
    'docker-compose.test.yml',
    'compose.ci.yaml',
    'compose-it.yml',
    'CHANGELOG.md',
    'docs/HISTORY.rst',
    'NEWS',
    '.changeset/brave-dogs.md',
    'examples/todo/src/main/java/com/acme/todo/App.java',
    'samples/src/main/kotlin/x/Demo.kt',
    'docs_src/tutorial/limit_and_offset/tutorial001.py',
    'docs/docs_src/security/tutorial003.py',
    'guides/bug_report_templates/integration_test.rb',
    'bug-report-template/repro.js',
    // Round 17: sample apps under names that say so (a framework's demo modules, demos/, an examples- folder).
    'acme-demo/acme-demo-jwt/src/main/java/com/acme/jwt/JwtApp.java',
    'modules/acme-samples/web/app.py',
    'demos/chat/server.py',
    'examples-web/index.ts',
  ])('%s is scaffolding', (file) => expect(isScaffolding(file)).toBe(true));

  it.each([
    // com.example is the default package of Spring Initializr and Android Studio: a package name, not a sample folder.
    'app/src/main/java/com/example/android/todoapp/tasks/TasksViewModel.kt',
    'src/test/kotlin/com/example/shop/OrderTest.kt',
    'src/seedling.ts',
    'src/utils/waitFor.ts',
    'app/models/bug_report.rb',
    'lib/reports/templates/bug.rb',
    'src/news/models.py',
    'app/history_service.py',
    'src/releases.ts',
    'docker-compose.yml',
    'docker-compose.override.yml',
    'compose.yaml',
    'src/audio/samples/loader.ts',
    'app/src/main/java/com/example/notes/data/NoteDao.kt',
    'core/src/test/kotlin/org/example/shop/CartTest.kt',
    'src/ci.ts',
    '.github/workflows/ci.yml',
    // Calibration round 22: .github/'s configuration is not code: it stays what it is (dependency updates, CI, a release image).
    '.github/renovate.json',
    '.github/dependabot.yml',
    '.github/workflows/Dockerfile.ci.alpine',
    '.github/actions/setup/action.yml',
    'src/github/comment.ts',
    'tools/.github-sync.js',
    '.buildkite/pipeline.sh',
    'README.md',
    // The JVM package com.example (Android Studio's and Spring Initializr's default) is the project's own code.
    'app/src/main/java/com/example/android/todo/TasksActivity.kt',
    'app/src/test/java/com/example/android/todo/data/RepositoryTest.kt',
    'src/main/kotlin/com/example/demo/DemoApplication.kt',
    'src/docs_srcmap.ts',
    'app/docs/src_loader.py',
    // A singular demo/ is as often the product's own demo mode; a JVM package named demo_app is a package.
    'app/models/demo/generator.rb',
    'src/main/java/com/acme/demo_app/App.java',
    'src/demographics/stats.ts',
    'styleguide_example/users/services.py',
  ])('%s is the project', (file) => expect(isScaffolding(file)).toBe(false));

  it('is left out of @source and @docs, and is its own set', () => {
    expect(fileFilter(['@source'])('prisma/seed.ts')).toBe(false);
    expect(fileFilter(['@source'])('src/app.ts')).toBe(true);
    expect(fileFilter(['@docs'])('CHANGELOG.md')).toBe(false);
    expect(fileFilter(['@docs'])('docs/api.md')).toBe(true);
    expect(fileFilter(['@scaffolding'])('examples/a/index.js')).toBe(true);
  });
});

describe('reusableWorkflowWords', () => {
  it.each([
    ['uses: acme/shared/.github/workflows/node_unit_tests.yml@v2', 'reusable-workflow node unit tests'],
    ['uses: ./.github/workflows/go-lint.yaml', 'reusable-workflow go lint'],
    ['uses: acme/shared/.github/workflows/codeql.analysis.yml@main', 'reusable-workflow codeql analysis'],
  ])('%s → %s', (command, words) => expect(reusableWorkflowWords(command)).toBe(words));

  it.each(['uses: actions/checkout@v4', 'run: npm test', 'uses: acme/shared/action.yml@v1'])('%s is no reusable workflow', (command) => {
    expect(reusableWorkflowWords(command)).toBeUndefined();
  });
});

describe('Rust crates used by path', () => {
  const modules = (code: string) => extractSourceImports('src/main.rs', 'rust', code).map((i) => i.module);

  it('finds a crate named at the start of a path, once, without a use line', () => {
    expect(modules('fn main() {\n    fern::Dispatch::new().chain(std::io::stdout());\n    fern::log_file("x");\n}\n')).toEqual(['fern']);
  });

  it('ignores std, crate-relative paths, enum variants and method paths', () => {
    expect(modules('use crate::config;\nfn f() { let o = Ordering::Less; let s = self::x::y(); let v = a.b::<u8>(); std::mem::drop(o); }\n')).toEqual(['crate']);
  });
});
