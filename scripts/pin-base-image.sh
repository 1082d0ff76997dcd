#!/usr/bin/env bash
# Moves docker/Dockerfile.jvm's base image pin to the current digest of its tag (the multi-platform
# index), with whichever registry client is installed: crane, skopeo, or docker buildx. Review the
# change and rebuild the images; the digest is what makes a rebuild reproducible.
# Usage: scripts/pin-base-image.sh [tag]     (default: the tag already pinned)
set -euo pipefail
cd "$(dirname "$0")/.."
dockerfile=docker/Dockerfile.jvm
current=$(sed -n 's/^ARG JRE_IMAGE=//p' "$dockerfile")
[ -n "$current" ] || { echo "no ARG JRE_IMAGE= line in $dockerfile" >&2; exit 1; }
tag=${1:-${current%@*}}

if command -v crane >/dev/null; then
  digest=$(crane digest "$tag")
elif command -v skopeo >/dev/null; then
  digest=$(skopeo inspect --raw "docker://$tag" | sha256sum | awk '{print "sha256:" $1}')
elif docker buildx version >/dev/null 2>&1; then
  digest=$(docker buildx imagetools inspect "$tag" --format '{{.Manifest.Digest}}')
else
  echo "needs crane, skopeo or docker buildx to ask the registry for $tag's digest" >&2
  exit 1
fi
[[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "the registry answered no digest for $tag: '$digest'" >&2; exit 1; }

sed -i "s|^ARG JRE_IMAGE=.*|ARG JRE_IMAGE=$tag@$digest|" "$dockerfile"
echo "$dockerfile: $current"
echo "         -> $tag@$digest"
