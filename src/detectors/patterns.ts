// Command patterns shared by detectors.

/**
 * A command that runs a test suite, in any ecosystem; also a make/just/task target named for tests
 * (`make e2e-tests`) and a test container built and run (`docker run … app-tests`).
 */
const TEST_COMMAND = /\b(?:make|just|task)[ \t]+(?:-[\w-]+[ \t]+){0,3}[\w:.-]{0,40}\btests?\b|\bdocker(?:-compose|[ \t]+compose)?[ \t]+(?:run|up)\b[^&|;\n]{0,200}?[\w./ \t-]tests?\b|\b(npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|bun test|deno test|vitest|jest|mocha|ava\b|node --test|playwright test|pytest|python -m (pytest|unittest)|manage\.py test|tox\b|nox\b|hatch test|go test|richgo test|gotestsum|ginkgo|cargo (test|nextest)|mvnw? .{0,200}\b(test|verify|package|install)\b|gradlew? .{0,200}\b(test|check|build)\b|rspec|rake(?:[ \t]+(?:test|spec|ci|default)\b|[ \t]*(?:$|&&|;|\|))|rails test|dotnet test|make test|just test|phpunit)/;

/** Gradle test tasks by their names: `testDebugUnitTest`, Android's `connectedDebugAndroidTest` (run on a device). */
const GRADLE_TEST_TASK = /\b(?:test|connected)[A-Z]\w{0,40}Test\b/;

/** Whether a CI command runs a test suite. */
export function runsTests(command: string): boolean {
  return TEST_COMMAND.test(command) || GRADLE_TEST_TASK.test(command);
}
