#!/usr/bin/env bash
# Points the major tag (v1) at a release tag (v1.2.3) and pushes it, as actions/typescript-action's release
# script does, so `uses: levelgate/levelgate@v1` gets the release. A release older than the newest of its
# major (a backport: v1.2.4 after v1.3.0) leaves the major tag where it is.
#   scripts/move-major-tag.sh v1.2.3 [remote]
set -euo pipefail
tag="${1:?usage: move-major-tag.sh vX.Y.Z [remote]}"
remote="${2:-origin}"
if ! [[ "$tag" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "move-major-tag: \"$tag\" is not a version tag (vMAJOR.MINOR.PATCH)" >&2
  exit 1
fi
major="${tag%%.*}"
newest="$(git tag --list "$major.*" --sort=-v:refname | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | head -n 1)"
if [[ "$newest" != "$tag" ]]; then
  echo "move-major-tag: $tag is older than $newest; $major stays where it is"
  exit 0
fi
git tag --force "$major" "$tag^{commit}"
git push --force "$remote" "refs/tags/$major"
echo "move-major-tag: $major now points at $tag ($(git rev-parse --short "$tag^{commit}"))"
