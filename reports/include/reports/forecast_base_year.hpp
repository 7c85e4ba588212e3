// The base year a funding-mix projection starts from, read from the books
// as the activity report sees them: resources and expenses by category per
// association, both combined with interco eliminated, and each one's cash
// (trésorerie, class 5) at year end. In reports because it reads the books
// through the category summaries; forecast only computes on what it gets.
#pragma once

#include "cofinancing/cofinancing_store.hpp"
#include "core/book_reader.hpp"
#include "forecast/base_year_actuals.hpp"

namespace comptoir {

// Every entity of the book that the activity report's scheme knows, in
// book order (validated entries of `year`), and the combined figures.
// Throws Error(InvalidInput) when the book has no validated income or
// expense that year.
[[nodiscard]] forecast::BaseYearActuals read_forecast_base_year(const BookReader& reader, int year);
// The same with the book's communes and the co-financing their
// prestations dated up to the end of `year` were granted (stored splits,
// whatever their status: the book's caps count quotes too).
[[nodiscard]] forecast::BaseYearActuals read_forecast_base_year(const BookReader& reader,
                                                                const CofinancingStore& cofinancing, int year);

}  // namespace comptoir
