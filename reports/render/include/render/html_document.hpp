// Report tables as one self-contained HTML page: the style inline, no
// script, no link to anything, a print style for A4 whose table headings
// repeat on each page. Cells read as in text (French "1 234,56" and
// 31/12/2025, or English), every text HTML-escaped; amounts right-aligned;
// totals and footers set apart. Each table is a section with its title.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "render/table_document.hpp"

namespace comptoir {

[[nodiscard]] std::unique_ptr<TableDocument> make_html_document(std::ostream& out);

// `text` with &, <, >, " and ' as character references.
[[nodiscard]] std::string html_escape(std::string_view text);

}  // namespace comptoir
