#!/usr/bin/env bash
# Publishes KnowledgeBot into one folder ready to copy to a server:
#   TARGET/app/         the web host (dotnet TARGET/app/KnowledgeBot.Web.dll)
#   TARGET/cli/         the command line (TARGET/kb)
#   TARGET/appsettings.json, TARGET/corpus/   configuration and the vetted sample content
#   TARGET/data/        created empty, readable by its owner only (database, index, keys)
# Usage: scripts/publish.sh /opt/knowledgebot
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:?usage: scripts/publish.sh TARGET}"
mkdir -p "$target"
dotnet publish "$here/src/KnowledgeBot.Web" -c Release -o "$target/app" -nologo -v quiet
dotnet publish "$here/src/KnowledgeBot.Cli" -c Release -o "$target/cli" -nologo -v quiet
cp "$here/appsettings.json" "$target/appsettings.json"
rm -rf "$target/corpus" && cp -r "$here/corpus" "$target/corpus"
mkdir -p "$target/data" && chmod 700 "$target/data"
cat > "$target/kb" <<'KB'
#!/usr/bin/env bash
set -euo pipefail
exec dotnet "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cli/kb.dll" "$@"
KB
chmod +x "$target/kb"
echo "Published to $target: run it with 'cd $target && ASPNETCORE_URLS=http://127.0.0.1:5000 dotnet app/KnowledgeBot.Web.dll' (see deploy/)."
