// The desktop app's window: one tab per view of the open book (Actuals for
// now), titled with the book's file.
#pragma once

#include <QMainWindow>

namespace comptoir::gui {

class ActualsView;
class Document;

class MainWindow final : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(const Document& document, QWidget* parent = nullptr);
  [[nodiscard]] ActualsView* actuals() const { return actuals_; }

 private:
  ActualsView* actuals_;
};

}  // namespace comptoir::gui
