#!/usr/bin/env sh
# Load test of issue 8, described in docs/benchmarks.md ("Load test"): starts Upward (one instance, or two on
# one database) on a fresh database holding the large generated program, runs a mix of participants, admins
# and executives over HTTP, prints throughput, p50/p95/p99/max and errors, and checks that every logged
# session is in the database. Every argument goes to org.upward.load.LoadTest (--help lists them), e.g.
#
#   scripts/load-test.sh                                   # 1 instance, 50 clients, 60 s, think 500-1500 ms
#   scripts/load-test.sh --instances 2                     # the same against two instances
#   scripts/load-test.sh --clients 10 --duration 10 --warmup 5
#   scripts/load-test.sh --think 0                         # no think time: saturation throughput
#
# PostgreSQL: the one the tests use (UPWARD_TEST_DB_URL, else Docker, else embedded); the database
# (--database, default upward_load) is dropped and created. JVM options: LOAD_TEST_JAVA_OPTS.
set -eu
cd "$(dirname "$0")/.."
./mvnw -o -q test-compile
classpath=$(./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
# shellcheck disable=SC2086
exec java ${LOAD_TEST_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$classpath" org.upward.load.LoadTest "$@"
