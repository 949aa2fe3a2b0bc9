#!/bin/sh
# Starts courtsearch's node with the settings the official image takes from the environment
# (variables named like the settings: node.name, cluster.name, discovery.type,
# discovery.seed_hosts, cluster.initial_master_nodes, ES_JAVA_OPTS), so one compose file
# serves both images. Settings this node does not have (xpack.*, bootstrap.memory_lock) are ignored.
set -eu
# read from this process's own environment: a shell does not pass variables whose names are not
# shell names (node.name) on to the commands it starts, so printenv would never see them
setting() {
  key=$(printf '%s' "$1" | sed 's/\./\\./g')
  tr '\0' '\n' < /proc/$$/environ | sed -n "s/^$key=//p" | head -n 1
}
set -- --home /usr/share/elasticsearch/home --data /usr/share/elasticsearch --state-file /tmp/node.json \
  --network-host 0.0.0.0 --http-port 9200 --transport-port 9300 \
  --cluster-name "$(setting cluster.name | grep . || echo courtsearch)"
name=$(setting node.name)
[ -n "$name" ] && set -- "$@" --node-name "$name"
seeds=$(setting discovery.seed_hosts)
if [ -n "$seeds" ] && [ "$(setting discovery.type)" != single-node ]; then
  set -- "$@" --seed-hosts "$seeds" --initial-masters "$(setting cluster.initial_master_nodes)"
fi
[ "$(setting xpack.security.enabled)" = true ] && echo "courtsearch-node: no x-pack in this image, security is off (ELASTIC_PASSWORD is not checked)" >&2
# shellcheck disable=SC2086 # ES_JAVA_OPTS is a list of options
exec java ${ES_JAVA_OPTS:--Xms1g -Xmx1g} -XX:+UseG1GC -Dfile.encoding=UTF-8 -Dlog4j2.formatMsgNoLookups=true \
  -Dio.netty.allocator.numDirectArenas=0 -Djava.io.tmpdir=/tmp \
  -cp "/usr/share/elasticsearch/home/lib/*" org.courtsearch.esnode.NodeMain "$@"
