#!/bin/sh
# Export one tree per calibration repository, at its labelled commit, from git snapshots fetched beforehand.
#
#   scripts/calibration-trees.sh MIRROR_DIR TREES_DIR [LABELS_FILE]
#
# MIRROR_DIR holds one folder per repository named owner+name (a bare clone, or a folder with a `repo` or `.git`
# git directory inside). Each tree lands in TREES_DIR/owner+name and holds exactly the files tracked at the commit
# (`git archive`), which is what levelgate grades. A tree already exported at the same commit is kept; set FORCE=1
# to export again. When a snapshot lacks the labelled commit, its HEAD is exported instead and said so; the
# commit actually exported is recorded in TREES_DIR/manifest.tsv (slug, labelled commit, exported commit, number of
# tracked files the snapshot does not hold, which are written empty and listed in TREES_DIR/owner+name.absent);
# scripts/calibrate.mjs reads it to flag such trees.
#
# Each tree is also made a git work tree whose index holds every exported file (`git add --force`), so that
# levelgate grades the tracked files as it does in a checkout: a file the repository force-added past its own
# .gitignore (a committed dist/config.js) is graded, as the rubric's "tracked files count" asks.
#
# Nothing here runs code of the exported repositories, and none of it belongs in this repository.
set -eu

# Records every file of tree $1 in a fresh git index (no hooks, no filters, no user config), once.
index_tree() {
  [ -d "$1/.git" ] && return 0
  GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git -C "$1" init -q
  GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git -C "$1" -c core.autocrlf=false -c core.hooksPath=/dev/null add -A --force
}

if [ $# -lt 2 ]; then
  echo "usage: scripts/calibration-trees.sh MIRROR_DIR TREES_DIR [LABELS_FILE]" >&2
  exit 2
fi
mirror=$1
trees=$2
here=$(cd "$(dirname "$0")" && pwd)
labels=${3:-$here/../docs/calibration-labels.json}

[ -d "$mirror" ] || { echo "no such mirror folder: $mirror" >&2; exit 2; }
[ -f "$labels" ] || { echo "no such labels file: $labels" >&2; exit 2; }
mkdir -p "$trees"
tab=$(printf '\t')
manifest=$trees/manifest.tsv
[ -f "$manifest" ] || : > "$manifest"

# One "owner/name commit" line per label record.
records=$(node -e '
  const records = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  for (const r of records) console.log(r.repo + " " + r.commit);
' "$labels")

echo "$records" | while read -r repo commit; do
  slug=$(echo "$repo" | tr / +)
  gitdir=
  for candidate in "$mirror/$slug/repo" "$mirror/$slug/.git" "$mirror/$slug"; do
    if [ -d "$candidate" ] && git --git-dir="$candidate" rev-parse --git-dir >/dev/null 2>&1; then
      gitdir=$candidate
      break
    fi
  done
  if [ -z "$gitdir" ]; then
    echo "skip $repo: no snapshot under $mirror/$slug (fetch it first)" >&2
    continue
  fi
  if exported=$(git --git-dir="$gitdir" rev-parse --verify -q "$commit^{commit}"); then
    :
  else
    exported=$(git --git-dir="$gitdir" rev-parse HEAD)
    echo "warn $repo: snapshot lacks $commit; exporting HEAD $exported" >&2
  fi
  target=$trees/$slug
  if [ -d "$target" ] && [ "${FORCE:-0}" != 1 ] && grep -q "^$slug$tab$commit$tab$exported$tab" "$manifest"; then
    index_tree "$target"
    echo "keep $repo ($exported)"
    continue
  fi
  rm -rf "$target" "$trees/$slug.absent"
  mkdir -p "$target"
  # A snapshot may list its largest files without holding them; `git archive` stops at the first absent blob.
  # Such files are left out of the archive and written empty, so the tree still holds every tracked path.
  blobs=$(git --git-dir="$gitdir" -c core.quotePath=false ls-tree -r --format='%(objecttype) %(objectname) %(path)' "$exported" |
    awk '$1 == "blob" { print $2 " " substr($0, length($1 $2) + 3) }')
  gone=$(echo "$blobs" | cut -d' ' -f1 | git --git-dir="$gitdir" cat-file --batch-check | awk '$2 == "missing" { print $1 }')
  absent=
  if [ -n "$gone" ]; then
    absent=$(echo "$blobs" | awk -v gone="$gone" 'BEGIN { split(gone, g, "\n"); for (i in g) lost[g[i]] = 1 }
      lost[$1] { print substr($0, length($1) + 2) }')
  fi
  set --
  if [ -n "$absent" ]; then
    while IFS= read -r path; do set -- "$@" ":(exclude,literal)$path"; done <<EOF
$absent
EOF
  fi
  # `git archive` obeys the repository's own export-ignore and export-subst attributes (a .gitattributes that
  # leaves .gitignore out of release archives); graded trees need every tracked file as committed, so the archive
  # is made from a scratch git directory that borrows the snapshot's objects and turns both attributes off.
  scratch=$(mktemp -d)
  git init -q --bare "$scratch"
  echo "$(cd "$gitdir" && pwd)/objects" > "$scratch/objects/info/alternates"
  printf '* -export-ignore -export-subst\n' > "$scratch/info/attributes"
  if [ -n "$absent" ]; then
    # git 2.39 still names each excluded absent blob on stderr; the count check below is what proves the export.
    git --git-dir="$scratch" archive "$exported" -- "$@" 2>/dev/null | tar -x -C "$target"
  else
    git --git-dir="$scratch" archive "$exported" | tar -x -C "$target"
  fi
  rm -rf "$scratch"
  count=0
  if [ -n "$absent" ]; then
    printf '%s\n' "$absent" > "$trees/$slug.absent"
    while IFS= read -r path; do
      mkdir -p "$target/$(dirname "$path")" && : > "$target/$path"
      count=$((count + 1))
    done <<EOF
$absent
EOF
    echo "warn $repo: $count tracked file(s) absent from the snapshot, written empty (see $slug.absent)" >&2
  fi
  tracked=$(echo "$blobs" | grep -c .)
  written=$(find "$target" \( -type f -o -type l \) | wc -l)
  if [ "$tracked" -ne "$written" ]; then
    echo "error $repo: $tracked tracked files but $written written to $target" >&2
    exit 1
  fi
  index_tree "$target"
  grep -v "^$slug$tab" "$manifest" > "$manifest.tmp" || true
  printf '%s\t%s\t%s\t%s\n' "$slug" "$commit" "$exported" "$count" >> "$manifest.tmp"
  mv "$manifest.tmp" "$manifest"
  echo "export $repo ($exported)"
done
