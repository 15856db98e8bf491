#!/usr/bin/env bash
# Copies the shared compiler/formatter settings (releng/settings) into every bundle's .settings folder,
# so that all bundles compile and format alike. Run after changing a file in releng/settings.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
for b in "$root"/bundles/*/; do
  mkdir -p "$b/.settings"
  cp "$root/releng/settings/org.eclipse.jdt.core.prefs" "$b/.settings/"
  case "$(basename "$b")" in
    *.tests) ;;
    *) cp "$root/releng/settings/org.eclipse.pde.ds.annotations.prefs" "$b/.settings/" ;;
  esac
done
