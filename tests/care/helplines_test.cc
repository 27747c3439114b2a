#include "care/helplines.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::care {
namespace {

TEST(HelplinesTest, TheBuiltInDirectoryLoadsAndServesEachCountry) {
  auto directory = HelplineDirectory::Load("");
  ASSERT_TRUE(directory.ok()) << directory.error().message;
  EXPECT_EQ(directory->default_country(), "GB");
  const auto gb = directory->For("GB", RiskLevel::kCrisis);
  ASSERT_GE(gb.size(), 1u);
  EXPECT_LE(gb.size(), 3u);
  EXPECT_EQ(gb[0].name, "Samaritans");
  EXPECT_EQ(gb[0].dial, "116123");
  EXPECT_EQ(directory->Emergency("GB"), "999");
  EXPECT_EQ(directory->Emergency("US"), "911");
  EXPECT_EQ(directory->For("US", RiskLevel::kCrisis)[0].phone, "988");
  EXPECT_TRUE(directory->For("ZZ", RiskLevel::kCrisis).empty());
  EXPECT_EQ(directory->Emergency("ZZ"), "");
  for (const char* code : {"US", "CA", "GB", "IE", "AU", "NZ", "IN"}) EXPECT_TRUE(directory->Knows(code)) << code;
  // Germany has an emergency number but no lines: covered, and offered in the choice.
  EXPECT_FALSE(directory->Knows("DE"));
  EXPECT_TRUE(directory->Covers("DE"));
  EXPECT_EQ(directory->Emergency("DE"), "112");
  EXPECT_FALSE(directory->Covers("ZZ"));
  const auto countries = directory->Countries();
  EXPECT_TRUE(std::any_of(countries.begin(), countries.end(),
                          [](const Country& c) { return c.code == "DE" && c.name == "Germany"; }));
  EXPECT_TRUE(std::is_sorted(countries.begin(), countries.end(),
                             [](const Country& a, const Country& b) { return a.name < b.name; }));
  EXPECT_FALSE(directory->fallback_url().empty());
  // Every shipped entry still waits for the owner's check before launch.
  EXPECT_EQ(directory->Unverified("2026-11-25").size(), directory->For("US", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("CA", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("GB", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("IE", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("AU", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("NZ", RiskLevel::kCrisis, 99).size() +
                                                            directory->For("IN", RiskLevel::kCrisis, 99).size());
}

TEST(HelplinesTest, AnOwnersFileIsCheckedAndUsed) {
  auto custom = HelplineDirectory::Parse(R"(
default_country = "de"
[emergency]
DE = "112"
[[helpline]]
country = "DE"
name = "TelefonSeelsorge"
phone = "0800 111 0 111"
dial = "08001110111"
web = "https://www.telefonseelsorge.de"
levels = ["crisis"]
last_verified = "2026-10-01"
)", "test.toml");
  ASSERT_TRUE(custom.ok()) << custom.error().message;
  EXPECT_EQ(custom->default_country(), "DE");
  EXPECT_EQ(custom->For("DE", RiskLevel::kCrisis).size(), 1u);
  EXPECT_TRUE(custom->For("DE", RiskLevel::kConcern).empty());
  EXPECT_TRUE(custom->Unverified("2026-11-25").empty());
  EXPECT_EQ(custom->Unverified("2027-06-01").size(), 1u);

  EXPECT_FALSE(HelplineDirectory::Parse("version = ", "broken.toml").ok());
  EXPECT_FALSE(HelplineDirectory::Parse("[[helpline]]\ncountry = \"GBR\"\nname = \"x\"\nphone = \"1\"", "bad.toml").ok());
  EXPECT_FALSE(HelplineDirectory::Parse("[[helpline]]\ncountry = \"GB\"\nname = \"x\"\nweb = \"javascript:alert(1)\"",
                                        "bad.toml").ok());
  EXPECT_FALSE(HelplineDirectory::Parse("default_country = \"GB\"", "empty.toml").ok());
  EXPECT_FALSE(HelplineDirectory::Load("/nonexistent/helplines.toml").ok());
}

TEST(HelplinesTest, CountryFromTheBrowsersLanguage) {
  EXPECT_EQ(CountryFromAcceptLanguage("en-GB,en;q=0.9"), "GB");
  EXPECT_EQ(CountryFromAcceptLanguage("fr-CA, en-US;q=0.8"), "CA");
  EXPECT_EQ(CountryFromAcceptLanguage("en;q=1.0, en-AU;q=0.5"), "AU");
  EXPECT_EQ(CountryFromAcceptLanguage("de-de"), "DE");
  EXPECT_EQ(CountryFromAcceptLanguage("zh-Hant-TW"), "");
  EXPECT_EQ(CountryFromAcceptLanguage("en"), "");
  EXPECT_EQ(CountryFromAcceptLanguage(""), "");
  EXPECT_EQ(CountryFromAcceptLanguage("*"), "");
  EXPECT_EQ(CountryName("NZ"), "New Zealand");
  EXPECT_EQ(CountryName("XX"), "XX");
}

}  // namespace
}  // namespace rapport::care
