// pack verify: a pack's files against its manifest and SHA256SUMS, then
// (with the book) each report's CSV twin and each file against the same
// report computed again. Every failure is Error(Integrity) (exit 5) naming
// the file, and for a figure its line, its column and its row.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "labels/labels.hpp"
#include "pack/audit_pack.hpp"

namespace comptoir {

// Checks that the folder holds exactly the manifest's files, manifest.json
// and SHA256SUMS, each of its size and hash, and that SHA256SUMS says the
// same. Returns the manifest.
[[nodiscard]] PackManifest check_pack_files(const std::filesystem::path& dir);

// Compares the manifest's books (entries, chain head, status) with
// `books`, read from the book now, then each twin and file of the pack
// with `contents` (the reports of the manifest's entity, year and
// language, computed from the book): a report or file on one side only,
// or a field that differs.
void check_pack_figures(const std::filesystem::path& dir, const PackManifest& manifest,
                        const std::vector<PackBook>& books, const PackContents& contents, const Labels& labels);

// The first difference between two CSV texts of the same report ("" if
// none): "line 14 (row 512000), column credit: 1250.00 in the pack, 1300.00
// in the book". A header is the first line after a blank line.
[[nodiscard]] std::string first_csv_difference(const std::string& pack, const std::string& book, char delimiter);

}  // namespace comptoir
