#!/bin/sh
# Runs a test under a real, unlocked Secret Service: a private D-Bus session with
# gnome-keyring in it, and a throwaway home, so the operator's own keyring is never
# touched. Usage: with_secret_service.sh TEST_BINARY [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data"
exec dbus-run-session -- sh -c '
    eval "$(printf %s test-pass | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' with_secret_service "$@"
