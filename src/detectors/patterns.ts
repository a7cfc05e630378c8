// Command patterns shared by detectors.

/** A command that runs a test suite, in any ecosystem. */
export const TEST_COMMAND = /\b(npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|bun test|deno test|vitest|jest|mocha|ava\b|node --test|playwright test|pytest|python -m (pytest|unittest)|manage\.py test|tox\b|nox\b|hatch test|go test|gotestsum|ginkgo|cargo (test|nextest)|mvnw? .{0,200}\b(test|verify|package|install)\b|gradlew? .{0,200}\b(test|check|build)\b|rspec|rake\b|rails test|dotnet test|make test|just test|phpunit)/;
