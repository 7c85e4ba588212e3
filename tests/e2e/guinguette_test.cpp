// End to end: Guinguette events, the import of a till's Z report into
// journal CA, each rejection leaving the book unchanged, the summary
// checked by hand, and the balance by tag.
#include "e2e/e2e_support.hpp"

namespace comptoir::e2e {
namespace {

const std::string z_header = "date,tour,total_ttc,ttc_20,ttc_10,ttc_5_5,cash,card,z_number\n";
// By hand: 120.00 at 20 % = 100.00 + 20.00; 55.00 at 10 % = 50.00 + 5.00;
// 10.55 at 5.5 % = 10.00 + 0.55; 10.00 at 20 % = 8.33 + 1.67.
const std::string z_june = z_header +
                           "2025-06-14,grand-est,185.55,120.00,55.00,10.55,85.55,100.00,Z0001\n"
                           "2025-06-21,grand-est,10.00,10.00,0.00,0.00,10.00,0.00,Z0002\n"
                           "2025-07-05,picardie,110.00,0.00,110.00,0.00,60.00,50.00,\n";

class Guinguette : public E2eTest {
 protected:
  void SetUp() override {
    E2eTest::SetUp();
    add_event("2025-06-14", "grand-est", "Villers", "200");
    add_event("2025-06-21", "grand-est", "Bar", "50");
    add_event("2025-07-05", "picardie", "Amiens", "100");
  }
  void add_event(const std::string& date, const std::string& tour, const std::string& commune,
                 const std::string& participants) {
    auto r = comptoir({"guinguette", "event", "add", "--date", date, "--tour", tour, "--commune", commune,
                       "--participants", participants, "--local-partners", "2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  RunResult import(const std::string& name, const std::string& text) {
    write_file(dir_ / name, text);
    return comptoir({"--today", "2025-07-06", "guinguette", "import", (dir_ / name).string()});
  }
  std::string imports() { return query_one(db_, "SELECT count(*) FROM till_import_day"); }
  // Rejected with exit 3, the message naming the file, line and reason; nothing written.
  void expect_rejected(const std::string& text, const std::string& where, const std::string& why) {
    const auto before = snapshot();
    const auto count = imports();
    auto r = import("bad.csv", text);
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_NE(r.err.find("bad.csv:" + where), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(why), std::string::npos) << r.err;
    EXPECT_THAT(snapshot(), SameBookAs(before));
    EXPECT_EQ(imports(), count);
  }
};

TEST_F(Guinguette, EventsAreListed) {
  auto r = comptoir({"guinguette", "event", "list", "--tour", "grand-est", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "id,date,tour,commune,participants,local_partners\n"
            "1,2025-06-14,grand-est,Villers,200,2\n"
            "2,2025-06-21,grand-est,Bar,50,2\n");
  r = comptoir({"guinguette", "event", "add", "--date", "2025-06-14", "--tour", "grand-est", "--commune", "X"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  r = comptoir({"guinguette", "event", "add", "--date", "2025-06-14", "--tour", "bretagne", "--commune", "X"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  ASSERT_EQ(comptoir({"guinguette", "tour", "add", "bretagne", "Bretagne"}).exit_code, 0);
  r = comptoir({"guinguette", "event", "add", "--date", "2025-06-14", "--tour", "bretagne", "--commune", "X"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(Guinguette, ImportRoundTrip) {
  auto r = import("z-2025.csv", z_june);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Imported 3 till day(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("AT-2025-000003"), std::string::npos) << r.out;
  r = comptoir({"balance", "--entity", "AT", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* line : {"530000,Caisse,155.55,0.00,155.55", "511500,Cartes bancaires à encaisser,150.00,0.00,150.00",
                           ",0.00,108.33,-108.33", ",0.00,21.67,-21.67", ",0.00,150.00,-150.00", ",0.00,15.00,-15.00",
                           ",0.00,10.00,-10.00", ",0.00,0.55,-0.55"}) {
    EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
  }
  EXPECT_EQ(comptoir({"--read-only", "verify"}).exit_code, 0);
  EXPECT_EQ(query_one(db_, "SELECT count(*) FROM txn WHERE journal = 'CA' AND status = 'validated'"), "3");
}

TEST_F(Guinguette, BadFilesAreRejectedWhole) {
  expect_rejected("date,tour,total_ttc,ttc_20,ttc_7,ttc_10,ttc_5_5,cash,card\n", "1: field 'ttc_7'",
                  "unknown VAT rate");
  expect_rejected(z_header +
                      "2025-06-14,grand-est,185.55,120.00,55.00,10.55,85.55,100.00,\n"
                      "2025-06-21,grand-est,10.00,9.00,0.00,0.00,10.00,0.00,\n",
                  "3: field 'total_ttc'", "add up");
  expect_rejected(z_header +
                      "2025-06-14,grand-est,185.55,120.00,55.00,10.55,85.55,100.00,\n"
                      "2025-06-22,grand-est,10.00,10.00,0.00,0.00,10.00,0.00,\n",
                  "3: field 'date'", "no Guinguette event");
  ASSERT_EQ(import("june.csv", z_june).exit_code, 0);
  expect_rejected(z_june, "", "already imported");
  expect_rejected(z_header + "2025-06-21,grand-est,10.00,10.00,0.00,0.00,5.00,5.00,Z0002b\n", "2: field 'date'",
                  "already imported");
}

TEST_F(Guinguette, SummaryByHand) {
  ASSERT_EQ(import("june.csv", z_june).exit_code, 0);
  write_file(dir_ / "purchases.csv",
             "txn,entity,journal,date,label,account,debit,credit,tags\n"
             "1,AT,AC,2025-06-10,Boissons Villers,607000,60.00,,activity=guinguette-grand-est;event=1\n"
             "1,AT,AC,2025-06-10,Boissons Villers,445661,12.00,,\n"
             "1,AT,AC,2025-06-10,Boissons Villers,401000,,72.00,\n"
             "2,AT,AC,2025-06-11,Boissons tournée,607000,40.00,,activity=guinguette-grand-est\n"
             "2,AT,AC,2025-06-11,Boissons tournée,445661,8.00,,\n"
             "2,AT,AC,2025-06-11,Boissons tournée,401000,,48.00,\n");
  auto r = comptoir({"post", "--file", (dir_ / "purchases.csv").string(), "--validate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = comptoir({"guinguette", "summary", "--year", "2025", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "scope,tour,event,date,commune,participants,takings_ht,vat,takings_ttc,purchases,gross_margin,"
            "takings_per_participant\n"
            "event,grand-est,1,2025-06-14,Villers,200,160.00,25.55,185.55,60.00,100.00,0.93\n"
            "event,grand-est,2,2025-06-21,Bar,50,8.33,1.67,10.00,0.00,8.33,0.20\n"
            "tour,grand-est,,,,250,168.33,27.22,195.55,100.00,68.33,0.78\n"
            "event,picardie,3,2025-07-05,Amiens,100,100.00,10.00,110.00,0.00,100.00,1.10\n"
            "tour,picardie,,,,100,100.00,10.00,110.00,0.00,100.00,1.10\n");
  r = comptoir({"guinguette", "summary", "--tour", "picardie"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Amiens"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Villers"), std::string::npos) << r.out;
  r = comptoir({"balance", "--by", "tag", "--tag-key", "activity", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "key,value,debit,credit,balance\n"
            "activity,guinguette-grand-est,100.00,168.33,-68.33\n"
            "activity,guinguette-picardie,0.00,100.00,-100.00\n");
}

}  // namespace
}  // namespace comptoir::e2e
