// SIREN control key (Luhn), and La Poste's exception.
#include "core/siren.hpp"

#include <gtest/gtest.h>

namespace comptoir {
namespace {

TEST(Siren, AcceptsNineDigitsWithAValidLuhnKey) {
  EXPECT_TRUE(is_valid_siren("732829320"));
  EXPECT_TRUE(is_valid_siren("552100554"));
  EXPECT_TRUE(is_valid_siren("356000000"));  // La Poste: digit sum multiple of 5, not Luhn
}

TEST(Siren, RefusesAWrongKeyLengthOrCharacter) {
  EXPECT_FALSE(is_valid_siren("732829321"));  // key off by one
  EXPECT_FALSE(is_valid_siren("723829320"));  // two digits swapped
  EXPECT_FALSE(is_valid_siren("900000011"));  // the demo's placeholder
  EXPECT_FALSE(is_valid_siren("73282932"));
  EXPECT_FALSE(is_valid_siren("7328293200"));
  EXPECT_FALSE(is_valid_siren("73282932A"));
  EXPECT_FALSE(is_valid_siren("732 829 320"));
  EXPECT_FALSE(is_valid_siren(""));
}

}  // namespace
}  // namespace comptoir
