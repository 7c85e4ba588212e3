// Language of the labels of rendered plan tables.
#pragma once

namespace comptoir::forecast {

enum class LabelLanguage { French, English };

}  // namespace comptoir::forecast
