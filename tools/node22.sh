#!/usr/bin/env bash
# Node 22 for this project, taken from the npm registry (nothing is downloaded from nodejs.org).
#
#   source tools/node22.sh        # this shell: the project's Node 22 comes first in PATH
#   tools/node22.sh npm start     # one command under it
#
# @medplum 5 and graphql 17 need Node "^22.18.0 || >=24.2.0" (package.json's `engines`). On Linux x64 or arm64 this
# installs the pinned node-linux-<arch> package (bin/node and the C headers; it has no npm) into
# .cache/node-v<version>-linux-<arch>/ in this checkout, once, after checking the tarball against the pinned npm
# integrity (sha512), and puts its bin/ first in PATH. The machine's npm (>= 10) stays; it runs on the first node in
# PATH, so `npm ci` checks engines against Node 22. Nothing outside the checkout changes. Elsewhere (macOS, Windows)
# it keeps the node in PATH if that one already satisfies the range and says what to install if not.
# Works sourced from bash or zsh, also under `set -euo pipefail`.

_node22_version=22.23.5
_node22_integrity_x64=sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
_node22_integrity_arm64=sha512-e1LOUGKVruPGuLVutn8+Cgm5pI1APm4Kvh+zbb/qe/ZpD9s+TQby5iUgZOWmPpbSKpj0Td8DP1N0NEnXasHizg==

# Prints the repository root (the folder above tools/).
_node22_root() {
  _node22_self=
  if [ -n "${ZSH_VERSION:-}" ]; then
    eval '_node22_self=${(%):-%x}'
  elif [ -n "${BASH_VERSION:-}" ]; then
    eval '_node22_self=${BASH_SOURCE[0]}'
  else
    _node22_self=$0
  fi
  case $_node22_self in
    *node22.sh) (cd "$(dirname "$_node22_self")/.." && pwd) ;;
    *) pwd ;;
  esac
}

# Succeeds when the node in PATH satisfies ^22.18.0 || >=24.2.0.
_node22_usable() {
  _node22_v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  _node22_major=${_node22_v%%.*}
  _node22_minor=${_node22_v#*.}
  _node22_minor=${_node22_minor%%.*}
  [ "$_node22_major" -eq 22 ] && [ "$_node22_minor" -ge 18 ] && return 0
  [ "$_node22_major" -eq 24 ] && [ "$_node22_minor" -ge 2 ] && return 0
  [ "$_node22_major" -ge 25 ]
}

# Prints the npm integrity (sha512, base64) of file $1.
_node22_sri_of() {
  node -e 'const c = require("node:crypto"), f = require("node:fs");
    process.stdout.write("sha512-" + c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"));' "$1"
}

# Fetches node-linux-<arch>@<version> into the empty folder $1 and unpacks it to $1/package. $2: arch, $3: integrity.
_node22_fetch() {
  _node22_tgz=$(cd "$1" && npm pack "node-linux-$2@$_node22_version" --silent --no-audit --no-fund) || return 1
  _node22_got=$(_node22_sri_of "$1/$_node22_tgz") || return 1
  if [ "$_node22_got" != "$3" ]; then
    echo "tools/node22.sh: $_node22_tgz has integrity $_node22_got, expected $3" >&2
    return 1
  fi
  tar -xzf "$1/$_node22_tgz" -C "$1" package/bin/node package/include package/LICENSE package/package.json || return 1
  [ "$("$1/package/bin/node" -v)" = "v$_node22_version" ]
}

# Installs Node into $1 unless it is there already. $2: arch, $3: integrity.
_node22_install() {
  if [ -x "$1/bin/node" ]; then return 0; fi
  echo "tools/node22.sh: installing Node $_node22_version (npm package node-linux-$2) into $1" >&2
  _node22_tmp=$(mktemp -d "$1.tmp.XXXXXX") || return 1
  _node22_rc=0
  if _node22_fetch "$_node22_tmp" "$2" "$3"; then
    # A concurrent run may have landed first: keep its copy.
    mv -T "$_node22_tmp/package" "$1" 2>/dev/null || [ -x "$1/bin/node" ] || _node22_rc=1
  else
    _node22_rc=1
  fi
  rm -rf "$_node22_tmp"
  return $_node22_rc
}

# Puts the project's Node 22 first in PATH (installing it when needed).
_node22_use() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) _node22_arch=x64 _node22_sri=$_node22_integrity_x64 ;;
    Linux-aarch64 | Linux-arm64) _node22_arch=arm64 _node22_sri=$_node22_integrity_arm64 ;;
    *)
      _node22_usable && return 0
      echo "tools/node22.sh: this project needs Node ^22.18.0 || >=24.2.0 (found $(node -v 2>/dev/null || echo none))" >&2
      return 1
      ;;
  esac
  _node22_dir="$(_node22_root)/.cache/node-v$_node22_version-linux-$_node22_arch"
  mkdir -p "${_node22_dir%/*}" || return 1
  _node22_install "$_node22_dir" "$_node22_arch" "$_node22_sri" || return 1
  case ":$PATH:" in
    *":$_node22_dir/bin:"*) ;;
    *) PATH="$_node22_dir/bin:$PATH" ;;
  esac
  export PATH
  # Native addons (node-gyp) build against these headers instead of a nodedir set for another Node.
  export npm_config_nodedir="$_node22_dir"
}

# Succeeds when this file is being sourced rather than run.
_node22_sourced() {
  if [ -n "${ZSH_EVAL_CONTEXT:-}" ]; then
    case $ZSH_EVAL_CONTEXT in *:file*) return 0 ;; esac
    return 1
  fi
  if [ -n "${BASH_VERSION:-}" ]; then
    eval '[ "${BASH_SOURCE[0]}" != "$0" ]'
    return
  fi
  case $0 in */node22.sh | node22.sh) return 1 ;; esac
  return 0
}

if _node22_sourced; then
  _node22_use
  _node22_status=$?
  unset -f _node22_root _node22_usable _node22_sri_of _node22_fetch _node22_install _node22_use _node22_sourced
  unset _node22_self _node22_v _node22_major _node22_minor _node22_tgz _node22_got _node22_tmp _node22_rc
  unset _node22_arch _node22_sri _node22_dir _node22_version _node22_integrity_x64 _node22_integrity_arm64
  # `return` ends only this file in the shell that sources it.
  eval "unset _node22_status; return $_node22_status"
fi

_node22_use || exit 1
if [ $# -eq 0 ]; then
  echo "$(command -v node) ($(node -v)). Use: source tools/node22.sh, or tools/node22.sh <command>" >&2
  exit 0
fi
exec "$@"
