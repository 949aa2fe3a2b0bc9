#!/usr/bin/env bash
# A JRE 17 base image built from Debian packages, for machines that reach a Debian mirror but no
# image registry: Java, curl, and Tesseract with its Russian model (OCR of scans). About three
# minutes and 600 MB. Usage: docker/base-image.sh [IMAGE] (default local/debian-jre17:bookworm)
set -euo pipefail
IMAGE="${1:-local/debian-jre17:bookworm}"
MIRROR="${DEBIAN_MIRROR:-$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
command -v debootstrap >/dev/null || { echo "base-image: install debootstrap (apt-get install debootstrap)" >&2; exit 2; }
ROOTFS="$(mktemp -d)"
trap 'rm -rf "$ROOTFS"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl,ca-certificates,tesseract-ocr,tesseract-ocr-rus \
  bookworm "$ROOTFS" "$MIRROR" >/dev/null
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/*
tar -C "$ROOTFS" -c . | docker import -c 'ENV LANG=C.UTF-8' - "$IMAGE" >/dev/null
docker run --rm "$IMAGE" java -version 2>&1 | head -1
echo "base-image: $IMAGE"
