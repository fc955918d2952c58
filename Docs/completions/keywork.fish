function __keywork_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __keywork_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __keywork_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __keywork_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __keywork_parse_tokens -S
    set -l unparsed_tokens (__keywork_tokens -pc)
    switch $unparsed_tokens[1]
    case 'keywork'
        __keywork_parse_subcommand 0 'h/help'
        switch $unparsed_tokens[1]
        case 'session'
            __keywork_parse_subcommand 0 'guide=' 'client=' 'keyworker=' 'store=' 'plain' 'speak' 'theme=' 'no-color' 'language=' 'h/help'
        case 'group'
            __keywork_parse_subcommand 0 'guide=' 'facilitator=' 'store=' 'plain' 'speak' 'theme=' 'no-color' 'language=' 'h/help'
        case 'revisit'
            __keywork_parse_subcommand 1 'client=' 'keyworker=' 'store=' 'plain' 'speak' 'theme=' 'no-color' 'language=' 'h/help'
        case 'resume'
            __keywork_parse_subcommand 1 'store=' 'plain' 'speak' 'theme=' 'no-color' 'language=' 'h/help'
        case 'due'
            __keywork_parse_subcommand 0 'json' 'archive' 'keyworker=' 'team=' 'store=' 'h/help'
        case 'verify'
            __keywork_parse_subcommand -r 1 'require-trusted' 'store=' 'h/help'
        case 'lint'
            __keywork_parse_subcommand -r 1 'h/help'
        case 'guides'
            __keywork_parse_subcommand 0 'h/help'
        case 'export'
            __keywork_parse_subcommand 1 'client=' 'guide=' 'format=' 'language=' 'o=' 'store=' 'h/help'
        case 'key'
            __keywork_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __keywork_parse_subcommand 0 'store=' 'h/help'
            case 'trust'
                __keywork_parse_subcommand 1 'name=' 'store=' 'h/help'
            case 'new'
                __keywork_parse_subcommand 0 'replace' 'store=' 'h/help'
            end
        case 'config'
            __keywork_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __keywork_parse_subcommand 0 'h/help'
            case 'set'
                __keywork_parse_subcommand 2 'h/help'
            end
        case 'archive'
            __keywork_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'init'
                __keywork_parse_subcommand 0 'h/help'
            case 'push'
                __keywork_parse_subcommand 0 'store=' 'h/help'
            case 'status'
                __keywork_parse_subcommand 0 'store=' 'h/help'
            case 'retention'
                __keywork_parse_subcommand 0 'before=' 'confirm' 'h/help'
            end
        case 'help'
            __keywork_parse_subcommand -r 1 
        end
    end
end

function __keywork_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __keywork_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __keywork_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __keywork_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__keywork_tokens -p)
    if test -z "$(__keywork_tokens -t)"
        set -l index (count (__keywork_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'keywork' -f
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'session' -d 'Go through a guide together on the shared screen, and keep a sealed record.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'group' -d 'Run a group walkthrough on the shared screen, and keep a sealed record.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'revisit' -d 'Look again at a client\'s latest agreement, statement by statement, and agree it afresh.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'resume' -d 'Carry on an unfinished session exactly where it stopped.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'due' -d 'List revisits due, waits past their estimate and unfinished sessions, most urgent first.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'verify' -d 'Check sealed sessions: session ids or folders, or stores (default: this computer\'s store).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'lint' -d 'Check guide files; errors and warnings as FILE:LINE:COL: message.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'guides' -d 'List the built-in guides and the agency\'s own guides.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'export' -d 'Write the client\'s copy of a sealed session (text, Markdown, or HTML to print on A4), or CSV.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'key' -d 'Show this device\'s signing key, trust another device\'s public key, or start a new key.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'config' -d 'Show or change this computer\'s settings: your name and role, the agency, the store, the theme.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'archive' -d 'The agency archive on PostgreSQL: set it up, send sealed sessions to it, see what is not there yet.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" guide' -l 'guide' -d 'A guide\'s id (see `keywork guides`), or the path of a guide file.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" client' -l 'client' -d 'The agency\'s client reference (never the client\'s name).' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" keyworker' -l 'keyworker' -d 'The keyworker\'s name; else `keyworker_name` in the config file, else the name remembered.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" plain' -l 'plain' -d 'Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" speak' -l 'speak' -d 'Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" theme' -l 'theme' -d 'How the screen looks.' -rfka 'default high-contrast monochrome'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" no-color' -l 'no-color' -d 'No colour: the monochrome theme. NO_COLOR in the environment does the same.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" language' -l 'language' -d 'The language of Keywork\'s own words on screen: en or pl.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork session" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" guide' -l 'guide' -d 'A group guide\'s id, or the path of a guide file (default: induction-group).' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" facilitator' -l 'facilitator' -d 'The facilitator\'s name; remembered otherwise.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" plain' -l 'plain' -d 'Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" speak' -l 'speak' -d 'Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" theme' -l 'theme' -d 'How the screen looks.' -rfka 'default high-contrast monochrome'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" no-color' -l 'no-color' -d 'No colour: the monochrome theme. NO_COLOR in the environment does the same.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" language' -l 'language' -d 'The language of Keywork\'s own words on screen: en or pl.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork group" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" client' -l 'client' -d 'The agency\'s client reference (never the client\'s name).' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" keyworker' -l 'keyworker' -d 'The keyworker\'s name; remembered otherwise.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" plain' -l 'plain' -d 'Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" speak' -l 'speak' -d 'Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" theme' -l 'theme' -d 'How the screen looks.' -rfka 'default high-contrast monochrome'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" no-color' -l 'no-color' -d 'No colour: the monochrome theme. NO_COLOR in the environment does the same.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" language' -l 'language' -d 'The language of Keywork\'s own words on screen: en or pl.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork revisit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" plain' -l 'plain' -d 'Line-by-line mode for screen readers and dumb terminals (also ACCESSIBLE=1).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" speak' -l 'speak' -d 'Read each new screen aloud with espeak-ng. F5 (or `read` with --plain) reads the screen on show.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" theme' -l 'theme' -d 'How the screen looks.' -rfka 'default high-contrast monochrome'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" no-color' -l 'no-color' -d 'No colour: the monochrome theme. NO_COLOR in the environment does the same.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" language' -l 'language' -d 'The language of Keywork\'s own words on screen: en or pl.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" json' -l 'json' -d 'Print one JSON object, for scripts.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" archive' -l 'archive' -d 'The agency-wide list, from the agency archive: revisits and waits due for every client.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" keyworker' -l 'keyworker' -d 'With --archive: only this keyworker\'s clients.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" team' -l 'team' -d 'With --archive: only the clients of this team\'s keyworkers.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork due" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork verify" require-trusted' -l 'require-trusted' -d 'Treat a seal (or a ledger) by a key that is neither this device\'s nor trusted as invalid.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork verify" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork guides" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" client' -l 'client' -d 'With --format csv and --guide: every sealed session of this client reference.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" guide' -l 'guide' -d 'With --format csv and --client: the built-in guide whose sessions to list.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" format' -l 'format' -d 'text (wrapped at 72 columns), markdown, html (one file, prints on A4), or csv (for a case system).' -rfka 'text markdown html csv'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" language' -l 'language' -d 'The copy\'s language: en or pl.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" o' -s 'o' -d 'Write to FILE instead of standard output.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork key" -eq 1' -fa 'show' -d 'Show this device\'s public key and its id (the key is made on first use).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork key" -eq 1' -fa 'trust' -d 'Trust another device\'s public key, so verify names it.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork key" -eq 1' -fa 'new' -d 'Start a new signing key for this device, on purpose (needs --replace).'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key show" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key trust" name' -l 'name' -d 'A name for the device, e.g. "Leeds office laptop".' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key trust" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key trust" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key new" replace' -l 'replace' -d 'Replace this device\'s signing key. Without it nothing is changed.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key new" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork key new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork config" -eq 1' -fa 'show' -d 'Show each setting, its value and where it came from.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork config" -eq 1' -fa 'set' -d 'Change one setting in the config file, keeping the others.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork config show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork config set" -eq 1' -fka 'keyworker_name keyworker_role agency_name agency_phone store theme language guide_folder allow_draft_guides archive copy_folder'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork archive" -eq 1' -fa 'init' -d 'Create the archive\'s tables, or bring them up to this Keywork\'s version, in one transaction.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork archive" -eq 1' -fa 'push' -d 'Send every sealed session that verifies and is not yet archived, with this computer\'s ledger head.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork archive" -eq 1' -fa 'status' -d 'Say which sealed sessions of this computer are not yet in the agency archive, and what it holds.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_positional "keywork archive" -eq 1' -fa 'retention' -d 'List the archived sessions sealed before a date; with --confirm, delete them.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive push" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive push" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive status" store' -l 'store' -d 'The folder that holds keys and sessions.' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive retention" before' -l 'before' -d 'Sessions sealed before this day (UTC).' -rfka ''
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive retention" confirm' -l 'confirm' -d 'Delete them, writing an audit row for each.'
complete -c 'keywork' -n '__keywork_should_offer_completions_for_flags_or_options "keywork archive retention" h help' -s 'h' -l 'help' -d 'Show help information.'
