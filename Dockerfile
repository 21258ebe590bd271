FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# Listening on 0.0.0.0 needs a write token at run time (the server refuses to start without):
#   docker run -e LAOMO_TOKEN="$(openssl rand -base64 32)" -p 3000:3000 …
# Writes send `Authorization: Bearer <token>`. LAOMO_HTTPS=1 when served through a TLS proxy.
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
