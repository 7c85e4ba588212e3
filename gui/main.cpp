// comptoir-gui: the directors' desktop app (see src/app.hpp).
#include "app.hpp"

int main(int argc, char** argv) {
  return comptoir::gui::run(argc, argv);
}
