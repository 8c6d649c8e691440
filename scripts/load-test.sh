#!/usr/bin/env sh
# Load test of issues 8 and 21, described in docs/benchmarks.md ("Load test"): starts Upward (one instance, or
# two on one database) on a fresh database holding the large generated program, runs a Monday morning's mix of
# participants (home, pair page with 300 sessions, notifications, logging sessions, check-ins), admins and
# executives over HTTP beside a health probe, prints throughput, p50/p95/p99/max, errors and the SQL statements
# and rows per request, and checks that every acknowledged session and check-in is in the database. Every argument goes to org.upward.load.LoadTest (--help lists them), e.g.
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
