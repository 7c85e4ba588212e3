// The audit pack on the real binary and the demo books: a fresh pack
// passes `pack verify` (with and without the book) and `sha256sum -c`; one
// byte changed in any file, a file removed or added, or a figure of the
// book changed makes `pack verify` exit 5 naming the file (and the figure);
// a folder that cannot take the pack, a non-empty one without --force, an
// unknown entity or year are refused and leave nothing behind.
#include <nlohmann/json.hpp>

#include "e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

// The names in `dir`, hidden ones included (a leftover .part would show).
std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name != "out.txt" && name != "err.txt") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The first file of the pack whose name ends with `suffix`, "" if none.
std::string first_with(const fs::path& pack, const std::string& suffix) {
  for (const auto& name : names_in(pack)) {
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return name;
    }
  }
  return {};
}

// Flips one byte in the middle of a file; returns the original bytes.
std::string change_one_byte(const fs::path& file) {
  const std::string original = read_file(file);
  std::string changed = original;
  changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x01);
  write_file(file, changed);
  return original;
}

class Pack : public DemoBookSuite {
 protected:
  // `pack --entity E --year Y --out pack`, which must succeed.
  void make_pack(const std::string& entity = "RES", const std::string& year = "2025") {
    const auto r = comptoir({"--today", "2026-01-15", "pack", "--entity", entity, "--year", year, "--out", "pack"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(contains(r.out, "Wrote the audit pack of " + entity + " " + year + " to pack")) << r.out;
  }
  // `pack verify pack` without the book (no --db).
  [[nodiscard]] RunResult verify_files() const { return run(dir_, {"pack", "verify", "pack"}); }
  [[nodiscard]] nlohmann::json manifest() const { return nlohmann::json::parse(read_file(pack_ / "manifest.json")); }

  fs::path pack_ = dir_ / "pack";
};

TEST_F(Pack, AFreshPackPassesEveryCheck) {
  make_pack("AT");
  const auto files = verify_files();
  EXPECT_EQ(files.exit_code, 0) << files.err;
  EXPECT_TRUE(contains(files.out, "files match manifest.json and SHA256SUMS")) << files.out;
  const auto figures = comptoir({"pack", "verify", "pack"});
  EXPECT_EQ(figures.exit_code, 0) << figures.err;
  EXPECT_TRUE(contains(figures.out, "matches the book")) << figures.out;
  const auto sums = run_program("/usr/bin/sha256sum", pack_, {"--check", "--strict", "SHA256SUMS"});
  EXPECT_EQ(sums.exit_code, 0) << sums.out << sums.err;

  // Every report of the year, each as a workbook and a CSV twin, and the FEC.
  for (const std::string stem :
       {"AT-2025-income-statement", "AT-2025-balance-sheet", "AT-2025-fixed-assets", "AT-2025-dedicated-funds",
        "AT-2025-trial-balance", "AT-2025-general-ledger", "AT-2025-journals", "AT-2025-vat", "AT-2025-grants",
        "AT-2025-cofinancing", "AT-2025-guinguette", "2025-interco-check", "integrity"}) {
    EXPECT_TRUE(fs::is_regular_file(pack_ / (stem + ".xlsx"))) << stem;
    EXPECT_TRUE(fs::is_regular_file(pack_ / (stem + ".csv"))) << stem;
  }
  EXPECT_NE(first_with(pack_, "FEC20251231.txt"), "");

  const auto m = manifest();
  EXPECT_EQ(m["entity"], "AT");
  EXPECT_EQ(m["year"], 2025);
  EXPECT_EQ(m["date"], "2026-01-15");
  EXPECT_EQ(m["provisional"], true);
  EXPECT_GT(m["schema_version"].get<int>(), 0);
  EXPECT_TRUE(m["software"].contains("version"));
  EXPECT_TRUE(m["rounding"].contains("vat_ca3"));
  ASSERT_EQ(m["books"].size(), 1U);
  EXPECT_EQ(m["books"][0]["entity"], "AT");
  EXPECT_EQ(m["books"][0]["chain_head"].get<std::string>().size(), 64U);
  EXPECT_GT(m["books"][0]["entries"].get<int>(), 0);
  // Every file but the manifest and SHA256SUMS, with its size.
  EXPECT_EQ(m["files"].size() + 2, names_in(pack_).size());
  for (const auto& f : m["files"]) {
    EXPECT_EQ(fs::file_size(pack_ / f["name"].get<std::string>()), f["bytes"].get<std::uintmax_t>()) << f["name"];
  }
}

TEST_F(Pack, OneByteChangedInAnyKindOfFileFailsWithExit5) {
  make_pack();
  std::vector<std::string> tampered;
  for (const std::string suffix : {".pdf", ".xlsx", ".csv", ".txt", "manifest.json", "SHA256SUMS"}) {
    const std::string name = first_with(pack_, suffix);
    if (name.empty()) continue;  // no PDF in a build without Qt
    tampered.push_back(name);
    const std::string original = change_one_byte(pack_ / name);
    const auto r = verify_files();
    EXPECT_EQ(r.exit_code, 5) << name << ": " << r.err;
    EXPECT_TRUE(contains(r.err, name)) << r.err;
    write_file(pack_ / name, original);
  }
  EXPECT_GE(tampered.size(), 5U);
  EXPECT_EQ(verify_files().exit_code, 0);
}

TEST_F(Pack, AMissingOrAnAddedFileFailsWithExit5) {
  make_pack();
  const std::string name = first_with(pack_, ".csv");
  const std::string original = read_file(pack_ / name);
  fs::remove(pack_ / name);
  auto r = verify_files();
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_TRUE(contains(r.err, name + ": missing")) << r.err;
  write_file(pack_ / name, original);
  write_file(pack_ / "notes.txt", "x");
  r = verify_files();
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_TRUE(contains(r.err, "notes.txt: not in the manifest")) << r.err;
}

TEST_F(Pack, AClosedYearIsNotProvisional) {
  make_pack("combined", "2024");
  const auto m = manifest();
  EXPECT_EQ(m["provisional"], false);
  ASSERT_EQ(m["books"].size(), 2U);
  EXPECT_EQ(m["books"][0]["status"], "closed");
  EXPECT_TRUE(fs::is_regular_file(pack_ / "combined-2024-statements.csv"));
  EXPECT_TRUE(fs::is_regular_file(pack_ / "RES-2024-general-ledger.csv"));
  EXPECT_EQ(comptoir({"pack", "verify", "pack"}).exit_code, 0);
}

TEST_F(Pack, AnOpenYearSaysProvisionalOnItsPages) {
  if (!fs::exists("/usr/bin/pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  make_pack();
  const std::string pdf = first_with(pack_, "RES-2025-income-statement.pdf");
  if (pdf.empty()) GTEST_SKIP() << "this comptoir draws no PDF (COMPTOIR_GUI=OFF)";
  const auto text = run_program("/usr/bin/pdftotext", pack_, {pdf, "-"});
  EXPECT_TRUE(contains(text.out, "Compte de résultat RES")) << text.out;
  EXPECT_TRUE(contains(text.out, "— provisoire")) << text.out;
}

class PackOfOwnBook : public DemoBookTest {};

TEST_F(PackOfOwnBook, AFigureChangedInTheBookFailsNamingTheFigure) {
  auto r = comptoir({"pack", "--entity", "RES", "--year", "2025", "--out", "pack"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"post", "--entity", "RES", "--journal", "OD", "--date", "2025-06-30", "--ref", "X-1", "--label",
                "Late entry", "--debit", "606300=100.00", "--credit", "512000=100.00", "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The files are as written: only the book has moved.
  EXPECT_EQ(run(dir_, {"pack", "verify", "pack"}).exit_code, 0);
  r = comptoir({"pack", "verify", "pack"});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_TRUE(contains(r.err, "RES-2025-income-statement.csv: line ")) << r.err;
  EXPECT_TRUE(contains(r.err, "column current: '")) << r.err;
  EXPECT_TRUE(contains(r.err, "RES-2025-trial-balance.csv")) << r.err;
  EXPECT_TRUE(contains(r.err, "FEC20251231.txt: line ")) << r.err;
  EXPECT_TRUE(contains(r.err, "integrity.csv")) << r.err;
  EXPECT_TRUE(contains(r.err, "manifest.json: RES 2025: ")) << r.err;
}

TEST_F(Pack, AMissingFolderIsRefusedAndNothingIsLeft) {
  const auto r = comptoir({"pack", "--entity", "RES", "--year", "2025", "--out", "missing/pack"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "cannot write the pack missing/pack: no folder missing")) << r.err;
  EXPECT_TRUE(names_in(dir_).empty());
}

TEST_F(Pack, AFileInPlaceOfTheFolderIsRefused) {
  write_file(dir_ / "pack", "x");
  const auto r = comptoir({"pack", "--entity", "RES", "--year", "2025", "--out", "pack"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "it is a file, not a folder")) << r.err;
  EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"pack"}));
  EXPECT_EQ(read_file(dir_ / "pack"), "x");
}

TEST_F(Pack, ANonEmptyFolderNeedsForce) {
  fs::create_directory(pack_);
  write_file(pack_ / "old.txt", "old");
  auto r = comptoir({"pack", "--entity", "RES", "--year", "2025", "--out", "pack"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "the folder pack is not empty")) << r.err;
  EXPECT_TRUE(contains(r.err, "--force")) << r.err;
  EXPECT_EQ(names_in(pack_), (std::vector<std::string>{"old.txt"}));
  EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"pack"}));

  r = comptoir({"pack", "--entity", "RES", "--year", "2025", "--out", "pack", "--force"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(pack_ / "old.txt"));
  EXPECT_EQ(names_in(dir_), (std::vector<std::string>{"pack"}));
  EXPECT_EQ(verify_files().exit_code, 0);
}

TEST_F(Pack, AnUnknownEntityOrYearIsRefusedAndNothingIsLeft) {
  auto r = comptoir({"pack", "--entity", "XYZ", "--year", "2025", "--out", "pack"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "unknown entity 'XYZ'")) << r.err;
  r = comptoir({"pack", "--entity", "RES", "--year", "2019", "--out", "pack"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "no fiscal year 2019 in RES")) << r.err;
  r = comptoir({"pack", "--entity", "RES", "--out", "pack"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(names_in(dir_).empty());
}

TEST_F(Pack, VerifyOfAFolderThatIsNoPackIsRefused) {
  auto r = verify_files();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "no pack folder pack")) << r.err;
  fs::create_directory(pack_);
  r = verify_files();
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_TRUE(contains(r.err, "manifest.json is missing")) << r.err;
}

}  // namespace
}  // namespace comptoir::e2e
