import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

// src/errors.ts
var GradeError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "GradeError";
  }
};
var ConfigError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
var UsageError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function describeError(error) {
  if (error instanceof GradeError || error instanceof ConfigError || error instanceof UsageError) return { message: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message.split("\n")[0]}`, exitCode: 2 };
}

export {
  GradeError,
  ConfigError,
  UsageError,
  describeError
};
