// End to end: `forecast compare` of the shipped café plans needs no book
// (golden text output, English labels, JSON), and a mix of café and
// funding-mix scenarios is refused (exit 3) naming the odd file.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

namespace fs = std::filesystem;

// forecast/scenarios/NAME in the source tree (tests/golden/../../forecast).
std::string scenario(const std::string& name) {
  return (fs::path(COMPTOIR_GOLDEN_DIR).parent_path().parent_path() / "forecast" / "scenarios" / name).string();
}

class ForecastCompareCafe : public ::testing::Test {
 protected:
  test::TempDir tmp_;
  fs::path dir_ = tmp_.path();
};

TEST_F(ForecastCompareCafe, ThreePlansGoldenWithoutBook) {
  const auto r = run(dir_, {"forecast", "compare", scenario("cafe-entrepreneurial.toml"),
                            scenario("cafe-associatif.toml"), scenario("cafe-itinerant.toml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_golden("forecast_compare_cafe.txt", r.out);
  EXPECT_FALSE(fs::exists(dir_ / "comptoir.db"));  // no book opened nor created
  for (const char* line : {"CA HT, an 1", "Point mort (mois), an 1", "Investissements de démarrage"}) {
    EXPECT_TRUE(contains(r.out, line)) << line;
  }
}

TEST_F(ForecastCompareCafe, EnglishAndJson) {
  const auto r = run(dir_, {"forecast", "compare", scenario("cafe-entrepreneurial.toml"),
                            scenario("cafe-itinerant.toml"), "--lang", "en", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Net result, year 3")) << r.out;
  EXPECT_TRUE(contains(r.out, "\"scenario_2\"")) << r.out;
  EXPECT_EQ(r.out.front(), '[');  // three tables: comparison and two series
}

TEST_F(ForecastCompareCafe, MixedKindsAreRefused) {
  const auto r =
      run(dir_, {"forecast", "compare", scenario("cafe-entrepreneurial.toml"), scenario("funding-base.toml")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, "funding-base.toml")) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace comptoir::e2e
