#!/bin/bash
# Writes the book of one earlier schema version with the comptoir binary of
# the commit that had it, as tests/e2e/schema_migration_test.cpp reads it:
#   git archive COMMIT | tar -x -C /tmp/old && cmake -S /tmp/old -B /tmp/old/build \
#     && cmake --build /tmp/old/build --target comptoir -j2
#   tests/data/books/write_old_book.sh /tmp/old/build/cli/comptoir NAME
# leaves NAME.sql (the book, as `sqlite3 .dump` writes it, with its
# application_id and user_version) and NAME.balance.csv (what that binary printed for
# `balance --format csv`) in the current directory. Each step runs only if
# that version has the command.
set -euo pipefail
bin=$(realpath "$1")
name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
has() { "$bin" --help | grep "^  $1 " > /dev/null; }
c() { (cd "$work" && "$bin" --db book.db --today 2025-12-31 "$@" > /dev/null); }

c init --year 2025
c year add --year 2024
c post --entity AT --journal AC --date 2025-02-03 --ref F-LOYER-02 --label "Loyer février" \
  --debit 613200=1200.00 --debit 445661=240.00 --credit 401000=1440.00 --validate
c post --entity AT --journal BQ --date 2025-02-10 --ref VIR-1 --label "Paiement loyer" \
  --debit 401000=1440.00 --credit 512000=1440.00 --validate
c post --entity RES --journal BQ --date 2025-03-01 --ref COT-1 --label "Cotisations" \
  --debit 512000=300.00 --credit 756000=300.00 --validate
c post --entity RES --journal OD --date 2025-04-01 --ref BROUILLON --label "Brouillon" \
  --debit 606100=12.34 --credit 512000=12.34
c post --entity AT --journal OD --date 2024-12-31 --ref AN-2024 --label "Clôture 2024" \
  --debit 512000=1000.00 --credit 102000=1000.00 --validate
if has close; then  # from schema version 7: the closing with its opening entries
  c close --entity AT --year 2024 --accept-warnings
else
  c year close --entity AT --year 2024
fi
if has commune; then
  c commune add COM-A "Commune A" --flag villages-d-avenir --flag fonds-commerce-rural
  c prestation add --commune COM-A --type feasibility --price 12000 --date 2025-10-01
fi
if has guinguette; then
  c guinguette event add --date 2025-06-14 --tour grand-est --commune Villers --participants 200 --local-partners 3
  if "$bin" guinguette --help | grep -q "^  import "; then  # a till file, sealed from schema version 13
    # dated before 2025-04-30, the day the migration test's balance stops at
    c guinguette event add --date 2025-04-12 --tour picardie --commune Ham --participants 80 --local-partners 1
    {
      echo 'date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number'
      echo '2025-04-12,picardie,120.00,120.00,0.00,0.00,50.00,70.00,Z1'
    } > "$work/z.csv"
    c guinguette import z.csv
  fi
fi
if has bank; then  # a bank statement, sealed from schema version 13
  {
    echo 'Date;Date de valeur;Libellé;Référence;Montant'
    echo '03/03/2025;03/03/2025;VIR COMMUNE DE VILLERS;SG250303001;2 600,00'
  } > "$work/releve.csv"
  c bank import releve.csv --entity AT --profile signed --opening 100,00
fi
if has grant; then
  c grant add REGION-2025 --entity AT --funder F-REGION --funder-name "Région" --amount 30000 \
    --from 2025-01-01 --to 2025-12-31 --income-account 741200 --earmarked --purpose "Cafés du Grand Est"
  c grant call REGION-2025 --date 2025-02-01 --amount 18000
fi
if has asset; then
  c asset add FOUR-1 --entity AT --label "Four à pain" --account 215400 --in-service 2025-04-01 --cost 12000 --life 5
fi
if has import; then  # a FEC import into RES, for the record of imports (schema version 5, sealed from 12)
  {
    printf 'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t'
    printf 'PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n'
    printf 'BQ\tBanque\t1\t20250315\t512000\tBanque\t\t\tDON-1\t20250315\tDon\t50,00\t0,00\t\t\t20250315\t\t\n'
    printf 'BQ\tBanque\t1\t20250315\t756000\tCotisations\t\t\tDON-1\t20250315\tDon\t0,00\t50,00\t\t\t20250315\t\t\n'
  } > "$work/res-fec.txt"
  c import fec res-fec.txt --entity RES
fi
(cd "$work" && "$bin" --db book.db balance --format csv) > "$name.balance.csv"
{
  sqlite3 "$work/book.db" .dump
  echo "PRAGMA application_id = $(sqlite3 "$work/book.db" 'PRAGMA application_id');"
  echo "PRAGMA user_version = $(sqlite3 "$work/book.db" 'PRAGMA user_version');"
} > "$name.sql"
