#!/usr/bin/env bash
# Moves the images' base pin (the root pom's jre.image.name and jre.image.digest, which the release build
# -Dimage.base=jre stands on) to the current digest of its tag (the multi-platform index), with whichever
# registry client is installed: crane, skopeo, or docker buildx. Review the change and rebuild the
# images; the digest is what makes a rebuild reproducible.
# Usage: scripts/pin-base-image.sh [tag]     (default: the tag already pinned)
set -euo pipefail
cd "$(dirname "$0")/.."
pom=pom.xml
current_name=$(sed -n 's|^ *<jre.image.name>\(.*\)</jre.image.name>$|\1|p' "$pom")
current_digest=$(sed -n 's|^ *<jre.image.digest>\(.*\)</jre.image.digest>$|\1|p' "$pom")
[ -n "$current_name" ] && [ -n "$current_digest" ] || { echo "no <jre.image.name> and <jre.image.digest> in $pom" >&2; exit 1; }
tag=${1:-$current_name}

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

sed -i -e "s|<jre.image.name>.*</jre.image.name>|<jre.image.name>$tag</jre.image.name>|" \
  -e "s|<jre.image.digest>.*</jre.image.digest>|<jre.image.digest>$digest</jre.image.digest>|" "$pom"
echo "$pom: $current_name@$current_digest"
echo "      -> $tag@$digest"
