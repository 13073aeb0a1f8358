#!/usr/bin/env bash
# The demo's deploy command: (re)starts the demo service of $SHIPGATE_ENVIRONMENT at the commit
# being deployed. How the service behaves (error rate, latency) comes from service.json at that
# commit, so a bad commit really serves errors and shipgate's verification really sees them.
set -euo pipefail
port_var="DEMO_PORT_${SHIPGATE_ENVIRONMENT^^}"
port="${!port_var}"
config=$(git show "$SHIPGATE_SHA:service.json")
read -r error_rate slow_ms < <(node -e 'const c = JSON.parse(process.argv[1]); console.log(c.errorRate ?? 0, c.slowMs ?? 0)' "$config")
version="${SHIPGATE_VERSION:-${SHIPGATE_SHA:0:7}}"
echo "Deploying $version to $SHIPGATE_ENVIRONMENT (error rate $error_rate, extra latency ${slow_ms} ms) ..."
node "$DEMO_SERVICE" start --port "$port" --version "$version" --error-rate "$error_rate" --slow-ms "$slow_ms" \
  --traffic-rps 50 --pid-file "$DEMO_STATE/$SHIPGATE_ENVIRONMENT.pid" --log-file "$DEMO_STATE/$SHIPGATE_ENVIRONMENT.log"
echo "$SHIPGATE_ENVIRONMENT serves $version on http://127.0.0.1:$port"
