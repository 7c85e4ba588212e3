// See generated_support.hpp.
#include "e2e/generated_support.hpp"

namespace comptoir::e2e {

std::string sales_fec(int entries) {
  std::string text =
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
      "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n";
  auto two_digits = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  for (int i = 1; i <= entries; ++i) {
    const std::string date = "2025" + two_digits(1 + i % 12) + two_digits(1 + i % 28);
    const std::string n = std::to_string(i);
    const std::string amount = std::to_string(10 + i % 990) + "," + std::to_string(10 + i % 90);
    const std::string common = "\tFA-" + n + "\t" + date + "\tVente " + n + "\t";
    text +=
        "VE\tVentes\t" + n + "\t" + date + "\t411000\tClients\t\t" + common + amount + "\t0,00\t\t\t" + date + "\t\t\n";
    text += "VE\tVentes\t" + n + "\t" + date + "\t706000\tPrestations\t\t" + common + "0,00\t" + amount + "\t\t\t" +
            date + "\t\t\n";
  }
  return text;
}

}  // namespace comptoir::e2e
