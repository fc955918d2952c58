#!/bin/sh
# Regenerates the manual page (Docs/keywork.1) and the shell completions (Docs/completions/) from
# the command definitions. Run it after changing a command, an option or any help text;
# DocsUpToDateTests fails until you do. Works offline: the generate-manual plugin comes with
# swift-argument-parser.
set -eu
cd "$(dirname "$0")/.."

swift build --product keywork
binary="$(swift build --show-bin-path)/keywork"

swift package plugin generate-manual --configuration debug
cp .build/plugins/GenerateManual/outputs/keywork/keywork.1 Docs/keywork.1

mkdir -p Docs/completions
"$binary" --generate-completion-script bash > Docs/completions/keywork.bash
"$binary" --generate-completion-script zsh > Docs/completions/_keywork
"$binary" --generate-completion-script fish > Docs/completions/keywork.fish
echo "Regenerated Docs/keywork.1 and Docs/completions/; read the diff before committing."
