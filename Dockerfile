# nginx serving the built site with deploy/nginx.conf (the build context is the repository). Build the site first, with its public address:
#   SITE_URL=https://your.host npm run build
#   docker build -t nk-workers . && docker run -p 8080:80 nk-workers
# Under a sub-path, build with BASE_PATH too and pass the same path here:
#   docker build --build-arg BASE_PATH=/nk-workers -t nk-workers .
FROM nginx:stable
ARG BASE_PATH=""
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY out/ /usr/share/nginx/html${BASE_PATH}/
RUN sed -i "s|set \$base_path \"\";|set \$base_path \"${BASE_PATH}\";|" /etc/nginx/conf.d/default.conf \
    && nginx -t
