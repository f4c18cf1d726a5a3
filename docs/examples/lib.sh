# Shared by the examples (sourced, not shown in the README): the service address, the admin credentials, and curl
# that stops the script on any HTTP error (the README shows the plain commands).
: "${H:=http://localhost:8080}"
: "${A:=admin:${HANDLINGAR_ADMIN_PASSWORD:?set HANDLINGAR_ADMIN_PASSWORD to the admin password, or A=user:password}}"
curl() { local rc=0; command curl --fail-with-body --silent --show-error "$@" || rc=$?; echo; return $rc; }
