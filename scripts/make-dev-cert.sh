#!/bin/sh
# Makes a self-signed HTTPS certificate for https://localhost:3000 in .certs/ (used by `npm run dev-server`).
# On Windows and Mac prefer `npx office-addin-dev-certs install`, which also makes Office trust it.
# On Linux, import .certs/localhost.crt into the browser that runs Excel on the web (or trust it system-wide).
set -e
cd "$(dirname "$0")/.."
mkdir -p .certs
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 \
  -keyout .certs/localhost.key -out .certs/localhost.crt \
  -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:true" \
  -addext "keyUsage=critical,digitalSignature,keyCertSign,keyEncipherment" \
  -addext "extendedKeyUsage=serverAuth"
echo "Wrote .certs/localhost.crt and .certs/localhost.key"
