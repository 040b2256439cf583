# Every third-party package the project uses, found once. All come from Debian 12's archive;
# scripts/setup-debian.sh installs them.
find_package(PkgConfig REQUIRED)

# OpenCV: name the modules we use. Debian's highgui is built against Qt 5; never link it (it would load
# Qt 5 beside Qt 6).
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs objdetect calib3d)
# dlib: Debian's shared build, through its imported target (carries -llapack -lblas).
find_package(dlib REQUIRED)
find_package(JPEG REQUIRED)
find_package(PNG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(Threads REQUIRED)
pkg_check_modules(EXIF REQUIRED IMPORTED_TARGET libexif)
pkg_check_modules(TURBOJPEG REQUIRED IMPORTED_TARGET libturbojpeg)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(EXPAT REQUIRED IMPORTED_TARGET expat)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

if(CS_BUILD_TESTS)
  find_package(GTest REQUIRED)
  find_package(benchmark QUIET)
endif()
