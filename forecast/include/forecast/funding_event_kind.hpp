// What a scenario event changes from its date.
#pragma once

namespace comptoir::forecast {

enum class FundingEventKind {
  Prestations,   // prestations' volume × factor between from and to; a part of the loss is postponed
  FunderLeaves,  // a funder's sources stop from the date
  Staff,         // an entity's FTEs become `fte` from the date
};

}  // namespace comptoir::forecast
