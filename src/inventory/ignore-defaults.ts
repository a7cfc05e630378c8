// What a user never wants graded as the project's own code: VCS data, dependencies, build output,
// generated code, and fixture/example trees (they describe other repositories, not this one).
export const DEFAULT_IGNORES = [
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/node_modules/**',
  '**/bower_components/**',
  '**/jspm_packages/**',
  '**/vendor/**',
  '**/third_party/**',
  '**/third-party/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/target/**',
  '**/obj/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/.tox/**',
  '**/.nox/**',
  '**/.mypy_cache/**',
  '**/.pytest_cache/**',
  '**/.ruff_cache/**',
  '**/.gradle/**',
  '**/.idea/**',
  '**/.next/**',
  '**/.nuxt/**',
  '**/.svelte-kit/**',
  '**/.turbo/**',
  '**/.cache/**',
  '**/coverage/**',
  '**/.nyc_output/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/test-data/**',
  '**/__snapshots__/**',
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
  '**/*.pb.go',
  '**/*_pb2.py',
  '**/*_pb2_grpc.py',
  '**/*.g.cs',
  '**/*.Designer.cs',
  '**/zz_generated*',
  '**/package-lock.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/Cargo.lock',
  '**/poetry.lock',
  '**/Gemfile.lock',
  '**/go.sum',
];

/**
 * Ignore patterns of one segment as a test of one name (a file's or a folder's), for the listing to apply as it
 * reads each folder: matching the 52 default globs against every path cost more than listing the tree. Each
 * pattern must be `**\/name/**` or `**\/glob` with a one-segment glob (a name, `*tail` or `head*`).
 * tests/inventory/ignore-names.test.ts holds this to picomatch and the listing to fast-glob's.
 */
export function nameTest(patterns: readonly string[]): (name: string) => boolean {
  const names = new Set<string>();
  const tails: string[] = [];
  const heads: string[] = [];
  for (const pattern of patterns) {
    let segment = pattern.startsWith('**/') ? pattern.slice(3) : '';
    if (segment.endsWith('/**')) segment = segment.slice(0, -3);
    const star = segment.indexOf('*');
    if (!/^[\w.*-]+$/.test(segment) || segment === '*' || star !== segment.lastIndexOf('*')) throw new Error(`ignore ${pattern} is not a one-segment pattern`);
    if (star < 0) names.add(segment);
    else if (star === 0) tails.push(segment.slice(1));
    else if (star === segment.length - 1) heads.push(segment.slice(0, -1));
    else throw new Error(`ignore ${pattern} is not a one-segment pattern`);
  }
  return (name) => names.has(name) || tails.some((t) => name.endsWith(t)) || heads.some((h) => name.startsWith(h));
}
