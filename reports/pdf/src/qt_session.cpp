// See qt_session.hpp.
#include "qt_session.hpp"

#include <QCoreApplication>
#include <QFontDatabase>
#include <iostream>

#include "core/error.hpp"

namespace comptoir {
namespace {

// While drawing, only Qt's errors reach standard error.
void errors_only(QtMsgType type, const QMessageLogContext& /*where*/, const QString& message) {
  if (type == QtCriticalMsg || type == QtFatalMsg) std::cerr << "Qt: " << message.toStdString() << '\n';
}

}  // namespace

QtSession::QtSession() : previous_(qInstallMessageHandler(errors_only)) {
  try {
    if (QCoreApplication::instance() == nullptr) {
      if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
      app_ = std::make_unique<QGuiApplication>(argc_, argv_);
    }
    const QString dir = QStringLiteral(COMPTOIR_PDF_FONT_DIR);
    for (const char* file : {"/DejaVuSans.ttf", "/DejaVuSans-Bold.ttf"}) {
      const QString path = dir + QString::fromLatin1(file);
      const int id = QFontDatabase::addApplicationFont(path);
      if (id < 0) {
        throw Error(ErrorKind::Internal,
                    "cannot load the PDF font " + path.toStdString() + " (Debian package fonts-dejavu-core)");
      }
      fonts_.push_back(id);
    }
    family_ = QFontDatabase::applicationFontFamilies(fonts_.front()).value(0, QStringLiteral("DejaVu Sans"));
  } catch (...) {
    for (const int id : fonts_) QFontDatabase::removeApplicationFont(id);
    app_.reset();
    qInstallMessageHandler(previous_);
    throw;
  }
}

QtSession::~QtSession() {
  for (const int id : fonts_) QFontDatabase::removeApplicationFont(id);
  app_.reset();
  qInstallMessageHandler(previous_);
}

}  // namespace comptoir
