#!/usr/bin/env bash
# Regenerates the EMF model code of kdring.model (bundles/kdring.model/src-gen) from its .ecore/.genmodel,
# headless, with the plain-Maven tool in releng/emf-codegen (MWE2's EcoreGenerator). Run it after
# changing bundles/kdring.model/model/kdring.ecore, and commit the model and the generated code together.
#
#   releng/scripts/generate-model.sh [GENMODEL]
#
# Members marked '@generated NOT' survive regeneration; everything else in src-gen is overwritten.
# Classes whose model element was removed are not deleted: remove them by hand (or delete src-gen first).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
genmodel=$(readlink -f "${1:-$root/bundles/kdring.model/model/kdring.genmodel}")
[ -f "$genmodel" ] || { echo "generate-model: no genmodel at $genmodel" >&2; exit 2; }
cd "$root"
./mvnw -B -q -f releng/emf-codegen/pom.xml compile exec:java -Dkdring.genmodel="$genmodel"
