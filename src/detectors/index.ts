// The registry of special-purpose detectors that rules name with `detector:`.
import { adrRecords } from './adr-records.js';
import { architectureSection } from './architecture-section.js';
import { assertingTests } from './asserting-tests.js';
import { blackBoxTests } from './black-box-tests.js';
import { checksArguments } from './checks-arguments.js';
import { checksRequestData } from './checks-request-data.js';
import { ciRunsBrowserTests, ciRunsTests, ciTestsNotSkipped } from './ci-runs-tests.js';
import { ciServiceTests } from './ci-service-tests.js';
import { committedSecrets } from './committed-secrets.js';
import { deployableServices } from './deployable-services.js';
import { entryPoint } from './entry-point.js';
import { goPackages } from './go-packages.js';
import { healthProbes } from './health-probes.js';
import { guardsCallerInput } from './guards-caller-input.js';
import { implementsSecurity } from './implements-security.js';
import { interfaceReference } from './interface-reference.js';
import { leveledLogger } from './leveled-logger.js';
import { lintStandsInForTypes } from './lint-stands-in-for-types.js';
import { loggedErrors } from './logged-errors.js';
import { outsideInput } from './outside-input.js';
import { projectKindDetector } from './project-kind.js';
import { providerImplementations } from './provider-implementations.js';
import { readme } from './readme.js';
import { referenceBadge } from './reference-badge.js';
import { preCommitCiLinters } from './pre-commit-ci.js';
import { securityLintInCi } from './security-lint-in-ci.js';
import { separatedModules } from './separated-modules.js';
import { shipsHttpClient } from './ships-http-client.js';
import { testBreadth } from './test-breadth.js';
import { testCommand } from './test-command.js';
import type { Detector } from './types.js';
import { usesDatabase } from './uses-database.js';
import { vendoredManifest } from './vendored-manifest.js';

export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [adrRecords, architectureSection, assertingTests, blackBoxTests, checksArguments, checksRequestData, ciRunsBrowserTests, ciRunsTests, ciServiceTests, ciTestsNotSkipped, committedSecrets, deployableServices, entryPoint, goPackages, guardsCallerInput, healthProbes, implementsSecurity, interfaceReference, leveledLogger, lintStandsInForTypes, loggedErrors, outsideInput, preCommitCiLinters, projectKindDetector, providerImplementations, readme, referenceBadge, securityLintInCi, separatedModules, shipsHttpClient, testBreadth, testCommand, usesDatabase, vendoredManifest].map((d) => [d.name, d]),
);
