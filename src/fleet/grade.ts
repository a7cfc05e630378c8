// Grades one shard of a fleet plan: for each repository, its default branch's tarball is downloaded through the
// API into a temp folder, extracted (tarball.ts), graded, and its result written; the tree is then deleted.
// A repository that cannot be graded (404, 451, empty, too large, a refused archive) gets a result with the
// reason, and the shard goes on.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { grade } from '../engine.js';
import { ConfigError } from '../errors.js';
import { httpStatus, type Client } from '../github/client.js';
import { toJsonReport } from '../report/json.js';
import { loadCatalog } from '../rules/load.js';
import type { ScanNote } from '../types.js';
import type { FleetRepository } from './list.js';
import { DEFAULT_LIMITS, extractTarball, ExtractRefused, type ExtractLimits } from './tarball.js';

export type ResultStatus = 'graded' | 'failed' | 'refused';

/** One repository's outcome, written as <owner>__<name>.json; the report is the JSON report's contract. */
export interface FleetResult {
  schemaVersion: 1;
  kind: 'levelgate-fleet-result';
  repository: FleetRepository;
  status: ResultStatus;
  /** Why it was not graded (failed, refused). */
  reason?: string;
  /** The commit graded, as the archive records it. */
  commit?: string;
  gradedAt: string;
  durationMs: number;
  report?: ReturnType<typeof toJsonReport>;
}

export interface GradeShardOptions {
  client: Client;
  repositories: FleetRepository[];
  outDir: string;
  /** Parent of the per-repository temp folders (default: RUNNER_TEMP or the OS temp folder). */
  tempRoot?: string;
  concurrency?: number;
  limits?: ExtractLimits;
  /** Largest download accepted, in bytes (the gzip'd archive). */
  maxDownloadBytes?: number;
  /** Ignore each repository's .levelgate.yml. */
  noConfig?: boolean;
  onResult?: (result: FleetResult, done: number, total: number) => void;
}

export const DEFAULT_MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;
/** Download attempts for a 5xx or a dropped connection from the archive host (the API calls retry in client.ts). */
const DOWNLOAD_ATTEMPTS = 3;
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

/** owner__name: the stem of a repository's result file and of its dashboard page (GitHub names hold [A-Za-z0-9._-]). */
export function resultStem(fullName: string): string {
  return fullName.replace('/', '__').replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Grades the repositories `concurrency` at a time; returns every result, in the plan's order. */
export async function gradeShard(options: GradeShardOptions): Promise<FleetResult[]> {
  const { repositories } = options;
  await mkdir(options.outDir, { recursive: true });
  const catalog = await loadCatalog();
  const results: FleetResult[] = new Array(repositories.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < repositories.length) {
      const index = next++;
      const result = await gradeRepository(repositories[index]!, options, catalog);
      results[index] = result;
      await writeFile(path.join(options.outDir, `${resultStem(result.repository.fullName)}.json`), `${JSON.stringify(result)}\n`);
      options.onResult?.(result, ++done, repositories.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, repositories.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

type Catalog = Awaited<ReturnType<typeof loadCatalog>>;

async function gradeRepository(repository: FleetRepository, options: GradeShardOptions, catalog: Catalog): Promise<FleetResult> {
  const started = performance.now();
  const base = { schemaVersion: 1 as const, kind: 'levelgate-fleet-result' as const, repository, gradedAt: new Date().toISOString() };
  const finish = (rest: Pick<FleetResult, 'status'> & Partial<FleetResult>): FleetResult => ({ ...base, ...rest, durationMs: Math.round(performance.now() - started) });
  const maxDownload = options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (repository.sizeKb * 1024 > (options.limits ?? DEFAULT_LIMITS).maxTotalBytes * 2) {
    return finish({ status: 'failed', reason: `too large: GitHub states ${megabytes(repository.sizeKb * 1024)} MB` });
  }
  const work = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), 'levelgate-fleet-'));
  try {
    const archive = path.join(work, 'archive.tar.gz');
    const downloaded = await download(options.client, repository, archive, maxDownload);
    if (downloaded.failure) return finish({ status: 'failed', reason: downloaded.failure });
    const tree = path.join(work, 'tree');
    await mkdir(tree);
    let extracted;
    try {
      extracted = await extractTarball(() => createReadStream(archive), tree, options.limits ?? DEFAULT_LIMITS);
    } catch (error) {
      if (error instanceof ExtractRefused) return finish({ status: 'refused', reason: `archive refused: ${error.message}` });
      throw error;
    }
    if (extracted.files === 0) return finish({ status: 'failed', reason: 'empty repository (no files on the default branch)', ...(extracted.commit ? { commit: extracted.commit } : {}) });
    const report = await grade(tree, { catalog, ...(options.noConfig ? { config: false as const } : {}) });
    const notes: ScanNote[] = extracted.skipped.slice(0, 100).map((s) => ({
      kind: s.reason.startsWith('larger') ? 'skipped-large' : s.reason.includes('link') ? 'skipped-symlink' : 'limit',
      path: s.path,
      message: `not extracted from the archive: ${s.reason}`,
    }));
    const json = toJsonReport({ ...report, root: repository.fullName, notes: [...notes, ...report.notes] });
    return finish({ status: 'graded', report: json, ...(extracted.commit ? { commit: extracted.commit } : {}) });
  } catch (error) {
    const reason = error instanceof ConfigError ? `its levelgate config is invalid: ${error.message}` : `grading failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
    return finish({ status: 'failed', reason });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What a failed API answer means for a repository, in a few words. */
function describeStatus(status: number | undefined, repository: FleetRepository): string {
  switch (status) {
    case 404:
      return repository.sizeKb === 0 ? 'empty repository (GitHub has no archive of it)' : 'not found (deleted, renamed, or not readable with this token)';
    case 451:
      return 'unavailable for legal reasons (HTTP 451)';
    case 403:
      return 'access denied (HTTP 403)';
    case 401:
      return 'the token was not accepted (HTTP 401)';
    default:
      return status ? `GitHub answered HTTP ${status}` : 'GitHub did not answer';
  }
}

/**
 * Downloads the default branch's tarball to `file`. The API answers with a redirect to the archive host (a URL
 * with a short-lived token of its own, never logged); the archive is streamed to disk with a size cap.
 */
async function download(client: Client, repository: FleetRepository, file: string, maxBytes: number): Promise<{ failure?: string }> {
  let location: string | undefined;
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner: repository.owner,
      repo: repository.name,
      ref: repository.defaultBranch,
      request: { redirect: 'manual' },
    });
    if ((response.status as number) === 200) {
      // A server that answers with the archive itself (no redirect).
      const data = Buffer.from(response.data as ArrayBuffer);
      if (data.length > maxBytes) return { failure: `too large: the archive is over ${megabytes(maxBytes)} MB` };
      await writeFile(file, data);
      return data.length ? {} : { failure: 'empty repository (an empty archive)' };
    }
    location = (response.headers as Record<string, string | undefined>).location;
  } catch (error) {
    return { failure: describeStatus(httpStatus(error), repository) };
  }
  if (!location) return { failure: 'GitHub answered without the archive or its address' };
  let last = '';
  for (let attempt = 1; attempt <= DOWNLOAD_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(location, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (response.status === 404 || response.status === 451) {
        await response.body?.cancel();
        return { failure: describeStatus(response.status, repository) };
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        last = `the archive host answered HTTP ${response.status}`;
        if (response.status < 500) return { failure: last };
      } else {
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > maxBytes) {
          await response.body.cancel();
          return { failure: `too large: the archive is ${megabytes(declared)} MB, over ${megabytes(maxBytes)} MB` };
        }
        let received = 0;
        const capped = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
        capped.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) capped.destroy(new TooLarge());
        });
        await pipeline(capped, createWriteStream(file));
        return received ? {} : { failure: 'empty repository (an empty archive)' };
      }
    } catch (error) {
      if (error instanceof TooLarge) return { failure: `too large: the archive is over ${megabytes(maxBytes)} MB` };
      last = 'the archive download was cut off';
    }
    if (attempt < DOWNLOAD_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, retryWaitMs(attempt)));
  }
  return { failure: `${last} (${DOWNLOAD_ATTEMPTS} attempts)` };
}

class TooLarge extends Error {}

/** 1 s, 4 s between download attempts; LEVELGATE_RETRY_BASE_MS shortens them in tests, as for API requests. */
function retryWaitMs(attempt: number): number {
  const base = Number(process.env.LEVELGATE_RETRY_BASE_MS);
  const unit = process.env.LEVELGATE_RETRY_BASE_MS && Number.isFinite(base) && base >= 0 && base <= 1000 ? base : 1000;
  return unit * attempt * attempt;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
