#!/usr/bin/env bash
# The rapport command line: migrate, user accounts, a refused old schema,
# screen, screen judged, privacy purge and spam retrain.
#   tests/cli/cli_test.sh path/to/rapport
set -euo pipefail
rapport=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="sqlite:$dir/site.db"
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok - $*"; }

out=$("$rapport" migrate --db "$db")
[[ "$out" == *"from schema version 0 to"* ]] || fail "migrate on a new database: $out"
out=$("$rapport" migrate --db "$db")
[[ "$out" == *"already at schema version"* ]] || fail "migrate twice: $out"
ok "migrate creates and then keeps the schema"

out=$(echo "a sturdy test password" | "$rapport" user add nora --role author --signature NL --email nora@example.org --db "$db")
[[ "$out" == "Added author nora." ]] || fail "user add: $out"
if echo "short" | "$rapport" user add bob --db "$db" 2> "$dir/err"; then fail "a short password was accepted"; fi
grep -q "at least 10 characters" "$dir/err" || fail "short password message: $(cat "$dir/err")"
if echo "a sturdy test password" | "$rapport" user add nora --db "$db" 2> "$dir/err"; then fail "a duplicate was accepted"; fi
grep -q 'already a user called "nora"' "$dir/err" || fail "duplicate message: $(cat "$dir/err")"
if echo "a sturdy test password" | "$rapport" user add eve --role owner --db "$db" 2> /dev/null; then fail "a bad role was accepted"; fi
out=$("$rapport" user list --db "$db")
[[ "$out" == $'nora\tauthor\tnora' ]] || fail "user list: $out"
ok "user add checks the password, the name and the role"

out=$(echo "another sturdy password" | "$rapport" user passwd nora --db "$db")
[[ "$out" == *"sessions have ended"* ]] || fail "user passwd: $out"
if echo "another sturdy password" | "$rapport" user passwd nobody --db "$db" 2> "$dir/err"; then fail "passwd for nobody"; fi
grep -q 'no user called "nobody"' "$dir/err" || fail "passwd message: $(cat "$dir/err")"
ok "user passwd"

old="sqlite:$dir/old.db"
"$rapport" migrate --to 1 --db "$old" > /dev/null
set +e
"$rapport" serve --db "$old" --listen 127.0.0.1:0 2> "$dir/err"
code=$?
set -e
[[ $code == 3 ]] || fail "serve on an old schema exited with $code: $(cat "$dir/err")"
grep -q "schema version 1, and this build of Rapport needs version" "$dir/err" || fail "old schema message: $(cat "$dir/err")"
grep -q "rapport migrate --db $old" "$dir/err" || fail "old schema advice: $(cat "$dir/err")"
"$rapport" migrate --db "$old" > /dev/null
ok "serve refuses an old schema and says how to migrate"

set +e
"$rapport" serve --db "bogus:x" --listen 127.0.0.1:0 2> "$dir/err"; code=$?
set -e
[[ $code == 2 ]] && grep -q "Unknown kind of database" "$dir/err" || fail "bad database URL: $code $(cat "$dir/err")"
printf 'listen = "127.0.0.1:0"\nnot_a_setting = 1\n' > "$dir/bad.toml"
set +e
"$rapport" serve --config "$dir/bad.toml" --db "$db" 2> "$dir/err"; code=$?
set -e
[[ $code == 2 ]] && grep -q 'a setting Rapport doesn.t know: "not_a_setting"' "$dir/err" || fail "unknown config key: $code $(cat "$dir/err")"
set +e
RAPPORT_SCREENING_SENSITIVITY=keen "$rapport" serve --db "$db" --listen 127.0.0.1:0 2> "$dir/err"; code=$?
set -e
[[ $code != 0 ]] && grep -q "no screening sensitivity called 'keen'. The model knows: standard, high" "$dir/err" \
  || fail "unknown screening sensitivity: $code $(cat "$dir/err")"
help=$("$rapport" serve --help)
[[ "$help" == *"RAPPORT_LISTEN"* && "$help" == *"RAPPORT_HELPLINES_FILE"* && "$help" == *"--screening-sensitivity"* ]] \
  || fail "serve --help"
ok "bad configuration is refused with a clear message"
out=$(printf '%s\n' '{"id": 1, "text": "I have decided to end my life tonight, I have the pills ready."}' \
                    '{"id": "b", "text": "This exam is killing me, honestly."}' | "$rapport" screen)
[[ "$(sed -n 1p <<< "$out")" == *'"id":1,"level":"crisis"'* ]] || fail "screen, crisis: $out"
[[ "$(sed -n 2p <<< "$out")" == *'"id":"b","level":"none"'* ]] || fail "screen, idiom: $out"
if echo 'not json' | "$rapport" screen > "$dir/out" 2> "$dir/err"; then :; fi
grep -q '"error"' "$dir/out" "$dir/err" || fail "screen, bad line: $(cat "$dir/out" "$dir/err")"
ok "screen reads JSON lines and answers each"

out=$(echo '{"id": 1, "text": "Lovely article."}' | "$rapport" screen --sensitivity high)
[[ "$out" == *'"level":"none"'* ]] || fail "screen --sensitivity high: $out"
if echo '{"id": 1, "text": "x"}' | "$rapport" screen --sensitivity keen > "$dir/out" 2> "$dir/err"; then
  fail "screen --sensitivity keen was accepted"
fi
grep -q "no screening sensitivity called 'keen'" "$dir/err" || fail "screen, unknown sensitivity: $(cat "$dir/err")"
ok "screen takes a sensitivity and refuses an unknown one"

out=$("$rapport" screen judged --db "$db" 2> "$dir/err")
[[ -z "$out" ]] && grep -q "^0 comments judged by staff.$" "$dir/err" || fail "screen judged: $out $(cat "$dir/err")"
out=$("$rapport" screen judged --measure --db "$db")
[[ "$out" == *"Your staff judged 0 comments"*"Is the writer at risk?"* ]] || fail "screen judged --measure: $out"
ok "screen judged writes out what staff judged"

out=$("$rapport" privacy purge --db "$db" --retention-days 30)
[[ "$out" == "Forgot 0 records older than 30 days." ]] || fail "privacy purge: $out"
out=$("$rapport" spam retrain --db "$db")
[[ "$out" == *"knows 0 spam and 0 approved comments"*"at least 20 of each"* ]] || fail "spam retrain: $out"
ok "privacy purge and spam retrain"
echo "all command-line tests passed"
