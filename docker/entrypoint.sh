#!/usr/bin/env bash
# Entry point of the Cleave node image: runs the node agent with the JVM flags of
# runtime/jvm.properties (copied into the image: the same file ./cleave and the tests read),
# the Graal compiler for the JIT, and a heap sized from the container's memory limit.
set -euo pipefail

CLEAVE_HOME="${CLEAVE_HOME:-/opt/cleave}"
property() { sed -n "s/^$1=//p" "$CLEAVE_HOME/jvm.properties"; }

# shellcheck disable=SC2046
exec java $(property cleave.jvm.jit) --upgrade-module-path="$CLEAVE_HOME/jit" $(property cleave.jvm.flags) \
  -XX:MaxRAMPercentage="${CLEAVE_MAX_RAM_PERCENTAGE:-75}" ${CLEAVE_JAVA_OPTS:-} \
  -cp "$CLEAVE_HOME/lib/*" dev.cleave.node.cli.Main "$@"
