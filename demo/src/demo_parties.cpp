// Demo books: the third parties: about 70 communes (registered through
// PrestationDesk as `comptoir commune add|flag` does, so their auxiliary
// accounts under 411000 and their co-financing flags), and as auxiliary
// accounts public funders (441000), private funders and member cafés
// (467000), suppliers (401000) and each association as the other's
// counterpart for re-invoicing. The co-financers (F-BDT, F-FCR) get their
// accounts from the first invoice, as in the CLI.
#include <array>
#include <string_view>

#include "cofinancing/prestation_desk.hpp"
#include "demo_context.hpp"

namespace comptoir {
namespace {

// Region: 'G' Grand Est, 'P' Picardie (Hauts-de-France), 'O' Occitanie.
// Then '*' marks a commune labelled Villages d'Avenir, '+' one eligible to
// the Fonds de soutien au commerce rural.
constexpr std::array<std::string_view, 71> kCommunes = {"G*Essoyes",
                                                        "GChaource",
                                                        "GErvy-le-Châtel",
                                                        "G+Piney",
                                                        "G*+Dienville",
                                                        "GSoulaines-Dhuys",
                                                        "GMussy-sur-Seine",
                                                        "GVillenauxe-la-Grande",
                                                        "GMarigny-le-Châtel",
                                                        "GAix-Villemaur-Pâlis",
                                                        "GRumilly-lès-Vaudes",
                                                        "G+Landreville",
                                                        "G*Bayel",
                                                        "GVendeuvre-sur-Barse",
                                                        "GVille-en-Tardenois",
                                                        "GChâtillon-sur-Marne",
                                                        "GAnglure",
                                                        "G*Arc-en-Barrois",
                                                        "GAuberive",
                                                        "GPrauthoy",
                                                        "GFayl-Billot",
                                                        "GDoulaincourt-Saucourt",
                                                        "GBourmont-entre-Meuse-et-Mouzon",
                                                        "GDun-sur-Meuse",
                                                        "G*Varennes-en-Argonne",
                                                        "GVigneulles-lès-Hattonchâtel",
                                                        "GGondrecourt-le-Château",
                                                        "GSpincourt",
                                                        "GBains-les-Bains",
                                                        "G*Darney",
                                                        "GBulgnéville",
                                                        "GLamarche",
                                                        "GChâtel-sur-Moselle",
                                                        "GRumigny",
                                                        "GSigny-le-Petit",
                                                        "G*Buzancy",
                                                        "GLe Chesne",
                                                        "GAttigny",
                                                        "GNovion-Porcien",
                                                        "GRohrbach-lès-Bitche",
                                                        "GVic-sur-Seille",
                                                        "GDelme",
                                                        "GBlâmont",
                                                        "G*Cirey-sur-Vezouze",
                                                        "GThiaucourt-Regniéville",
                                                        "GColombey-les-Belles",
                                                        "GHaroué",
                                                        "GLembach",
                                                        "GLa Petite-Pierre",
                                                        "GVillé",
                                                        "GFerrette",
                                                        "P*Ailly-le-Haut-Clocher",
                                                        "POisemont",
                                                        "PHornoy-le-Bourg",
                                                        "PAcheux-en-Amiénois",
                                                        "P*Bray-sur-Somme",
                                                        "PRosières-en-Santerre",
                                                        "PFormerie",
                                                        "PGrandvilliers",
                                                        "PMarseille-en-Beauvaisis",
                                                        "PSongeons",
                                                        "PFroissy",
                                                        "P*+Wassigny",
                                                        "PLe Nouvion-en-Thiérache",
                                                        "PVailly-sur-Aisne",
                                                        "O*Saint-Sever-de-Rustan",
                                                        "OTrie-sur-Baïse",
                                                        "OCastelnau-Magnoac",
                                                        "O+Galan",
                                                        "ORabastens-de-Bigorre",
                                                        "GBayon"};

// Upper-case ASCII code from a French name: accents dropped, other
// characters turned into single dashes ("Ervy-le-Châtel" -> "ERVY-LE-CHATEL").
char unaccent(unsigned char second) {
  if (second >= 0x80 && second <= 0x85) return 'A';
  if (second >= 0xA0 && second <= 0xA5) return 'A';
  if (second == 0x87 || second == 0xA7) return 'C';
  if ((second >= 0x88 && second <= 0x8B) || (second >= 0xA8 && second <= 0xAB)) return 'E';
  if ((second >= 0x8C && second <= 0x8F) || (second >= 0xAC && second <= 0xAF)) return 'I';
  if ((second >= 0x92 && second <= 0x96) || (second >= 0xB2 && second <= 0xB6)) return 'O';
  if ((second >= 0x99 && second <= 0x9C) || (second >= 0xB9 && second <= 0xBC)) return 'U';
  return '-';
}

std::string slug(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    char mapped = '-';
    if (c == 0xC3 && i + 1 < name.size()) {
      mapped = unaccent(static_cast<unsigned char>(name[++i]));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      mapped = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    if (mapped == '-' && (out.empty() || out.back() == '-')) continue;
    out += mapped;
  }
  return out;
}

void add_communes(DemoContext& demo) {
  PrestationDesk desk(demo.stores().cofinancing, demo.book());
  for (std::string_view entry : kCommunes) {
    const char region = entry[0];
    std::size_t markers = 1;
    while (entry[markers] == '*' || entry[markers] == '+') ++markers;
    const std::string_view flags = entry.substr(1, markers - 1);
    const bool davenir = flags.find('*') != std::string_view::npos;
    const std::string_view name = entry.substr(markers);
    const std::string code = "COM-" + slug(name);
    desk.add_commune(Commune{code, "Commune de " + std::string(name), {}});
    if (davenir) desk.flag_commune(code, "villages-d-avenir", true);
    if (flags.find('+') != std::string_view::npos) desk.flag_commune(code, "fonds-commerce-rural", true);
    demo.communes.push_back(code);
    demo.commune_names[code] = std::string(name);
    if (davenir) demo.villages_davenir.push_back(code);
    if (region == 'G') demo.grand_est_communes.push_back(code);
    if (region == 'P') demo.picardie_communes.push_back(code);
  }
}

void add_at_parties(DemoContext& demo) {
  const std::array<std::array<const char*, 3>, 18> parties = {{
      {"F-CD65", "Conseil départemental des Hautes-Pyrénées (Abbaye de Saint-Sever-de-Rustan)", "441000"},
      {"F-REGION-GE", "Région Grand Est", "441000"},
      {"F-CD10", "Département de l'Aube (Guinguette mobile)", "441000"},
      {"F-CC-BARSEQUANAIS", "Communauté de communes du Barséquanais en Champagne", "441000"},
      {"F-CC-VENDEUVRE-SOULAINES", "Communauté de communes de Vendeuvre-Soulaines", "441000"},
      {"F-CC-ARGONNE-ARDENNAISE", "Communauté de communes de l'Argonne Ardennaise", "441000"},
      {"F-CC-SOMME-SUD-OUEST", "Communauté de communes Somme Sud-Ouest", "441000"},
      {"P-KRONENBOURG", "Fondation Kronenbourg", "467000"},
      {"P-RUSTIQUE", "Le Rustique", "467000"},
      {"S-FRANCE-BOISSONS", "France Boissons Grand Est", "401000"},
      {"S-DISTRI-PICARDIE", "Distri Boissons de Picardie", "401000"},
      {"S-IMPRIMERIE", "Imprimerie Champenoise", "401000"},
      {"S-IMMOBILIER", "SCI Les Halles (bureaux de Troyes)", "401000"},
      {"S-ASSURANCES", "MAIF Associations", "401000"},
      {"S-ENERGIE", "EDF Collectivités", "401000"},
      {"S-TELECOM", "Orange Business", "401000"},
      {"S-EXPERT", "Cabinet Aubois d'expertise comptable", "401000"},
      {"S-VEHICULES", "Loca-Utilitaires Est", "401000"},
  }};
  for (const auto& [code, label, parent] : parties) demo.add_auxiliary("AT", code, label, parent);
  demo.add_auxiliary("AT", "IC-RES", "Le Réseau 1000 cafés (refacturations)", "401000");
}

void add_res_parties(DemoContext& demo) {
  const std::array<std::array<const char*, 3>, 12> parties = {{
      {"F-ANCT", "Agence nationale de la cohésion des territoires (ANCT)", "441000"},
      {"F-ANRT", "Association nationale de la recherche et de la technologie (ANRT, CIFRE)", "441000"},
      {"F-ASP", "Agence de services et de paiement (ASP, aide à l'apprentissage)", "441000"},
      {"P-KRONENBOURG", "Fondation Kronenbourg", "467000"},
      {"P-RUSTIQUE", "Le Rustique", "467000"},
      {"P-KLESIA", "KLESIA (programme Bien vieillir)", "467000"},
      {"P-CASINO", "Groupe Casino (collecte en magasins Monoprix)", "467000"},
      {"S-IMMOBILIER", "Groupe SOS (locaux partagés, Paris)", "401000"},
      {"S-EXPERT", "Cabinet d'expertise comptable associatif", "401000"},
      {"S-TELECOM", "Orange Business", "401000"},
      {"S-ASSURANCES", "MAIF Associations", "401000"},
      {"S-IMPRIMERIE", "Imprimerie solidaire", "401000"},
  }};
  for (const auto& [code, label, parent] : parties) demo.add_auxiliary("RES", code, label, parent);
  demo.add_auxiliary("RES", "IC-AT", "Action Territoriale (refacturations)", "411000");
  for (int i = 1; i <= 10; ++i) {
    demo.add_auxiliary("RES", "CAFE-" + two_digits(i), "Café adhérent n° " + two_digits(i) + " (Bien vieillir)",
                       "467000");
  }
}

}  // namespace

void add_demo_parties(DemoContext& demo) {
  add_communes(demo);
  add_at_parties(demo);
  add_res_parties(demo);
}

}  // namespace comptoir
